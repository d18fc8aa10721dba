export * from './dedupe-key';
export * from './message-id';

export * from './dedupe-key';
export * from './message-id';
export * from './stuck-mail';
export * from './failed-writes';

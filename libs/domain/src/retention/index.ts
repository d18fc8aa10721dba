export * from './record-classes';
export * from './disposal-schedule';
export * from './requests';

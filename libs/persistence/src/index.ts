export * from './data-source';
export * from './entities';
export * from './migrations';
export * from './outbox';
export * from './read-model';
export * from './identity';
export * from './history';
export * from './files';

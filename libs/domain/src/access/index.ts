export * from './org-roles';
export * from './auditee-view';
export * from './acting-role';
export * from './return-to';
export * from './csrf';
export * from './delegate-view';
export * from './confidential-evidence';

export * from './audit';
export * from './partners';
export * from './taxonomies';
export * from './users';

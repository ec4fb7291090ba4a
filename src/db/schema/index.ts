export * from './audit';
export * from './menu';
export * from './partners';
export * from './taxonomies';
export * from './users';

export * from './audit';
export * from './menu';
export * from './nominations';
export * from './notifications';
export * from './partners';
export * from './programmes';
export * from './taxonomies';
export * from './users';

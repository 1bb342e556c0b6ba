export * from './schema';
export type * from './types';
export * from './defaults';
export * from './migrations';
export * from './parse';
export * from './rows';
export * from './metrics';
export * from './states';
export * from './servqualScale';

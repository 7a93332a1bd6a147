export * from './types';
export * from './progress';
export * from './weekly';
export * from './input';

/** Derived views of a project: computed on demand, never stored. */
export * from './risk';
export * from './servqual';
export * from './senses';
export * from './emotion';
export * from './lint';
export * from './insights';
export { buildGraph, entrySteps, walk, byStageThenPosition } from './graph';
export type { JourneyGraph } from './graph';
export { lintMessage } from './lintText';
export * from './compare';

/** Survey import (issue I): read a questionnaire's results, map them, compute SERVQUAL. Pure, no DOM. */
export * from './table';
export * from './problems';
export * from './mapping';
export * from './compute';
export * from './survey';

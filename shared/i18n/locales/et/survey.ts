import type { Messages } from '../../messages';

/** et: the survey import: files, mapping, results (issue I), translated from ../en/survey.ts. */
export const survey: Messages = {};

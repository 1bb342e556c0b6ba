import type { Messages } from '../../messages';

/** hu: the survey import: files, mapping, results (issue I), translated from ../en/survey.ts. */
export const survey: Messages = {};

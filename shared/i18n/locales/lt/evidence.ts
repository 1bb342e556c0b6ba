import type { Messages } from '../../messages';

/** lt: the SERVQUAL as measured: scale, decimal means, respondents and evidence (issue I), translated from ../en/evidence.ts. */
export const evidence: Messages = {};

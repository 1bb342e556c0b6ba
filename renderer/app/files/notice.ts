/**
 * Why a file could not be opened, imported or saved: a problem of the 'file' area
 * on the one notify path (../../state/notify.ts). It stays until dismissed or
 * replaced, because a validation message may be long; the text is main's (or the
 * importer's) sentence, passed as the message's detail.
 */
import { clearProblems, notify } from '../../state/notify';

export const fileNotice = {
  show: (message: string) => notify('file-problem', { detail: message }, 'file'),
  clear: () => clearProblems('file'),
};

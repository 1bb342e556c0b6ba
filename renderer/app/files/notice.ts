/**
 * Why a file could not be opened, imported or saved: a problem of the 'file' area
 * on the one notify path (../../state/notify.ts). It stays until dismissed or
 * replaced, because a validation message may be long; the text is main's (or the
 * importer's) sentence or a catalogue message, passed as the message's detail.
 */
import { clearProblems, notify, type MessageRef } from '../../state/notify';

export const fileNotice = {
  /** Main's sentence (already in the UI language), or one of the app's own messages (translated when shown). */
  show: (message: string | MessageRef) => notify('file-problem', { detail: message }, 'file'),
  clear: () => clearProblems('file'),
};

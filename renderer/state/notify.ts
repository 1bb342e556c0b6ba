/**
 * The one way the app tells the user something: a message code with its
 * parameters (text in the `notify` namespace of shared/i18n/locales/en, so it can be
 * translated), shown by <Notices /> (renderer/app/Notices.tsx). Passing news
 * ("Saved as…") fades away; problems stay until dismissed or replaced; a question
 * ("Delete stage…?") waits for the user's answer. A command the document model
 * refuses is told here with the model's own reason (`refused`).
 */
import { create } from 'zustand';
import type { RejectReason } from '../../shared/commands';
import type { en } from '../../shared/i18n/catalogues';

export type MessageCode = keyof (typeof en)['notify'];
export type QuestionCode = keyof (typeof en)['ask'];
export type Params = Record<string, string | number>;

/** Where a problem came from: files get their own label ("File problem") for assistive technology. */
export type Area = 'file' | 'app';

/** News fades; problems stay until dismissed. */
const NEWS: ReadonlySet<MessageCode> = new Set<MessageCode>(['stage-added', 'saved-as', 'backup-restored']);

export interface Notice {
  id: number;
  code: MessageCode;
  params: Params;
  level: 'news' | 'problem';
  area: Area;
}

export interface Question {
  code: QuestionCode;
  params: Params;
  answer(yes: boolean): void;
}

interface NotifyState {
  notices: Notice[];
  question: Question | null;
  dismiss(id: number): void;
}

export const useNotify = create<NotifyState>()((set) => ({
  notices: [],
  question: null,
  dismiss: (id) => set((s) => ({ notices: s.notices.filter((n) => n.id !== id) })),
}));

let nextId = 1;

/** Tell the user something. A new problem of an area replaces the previous one of that area. */
export function notify(code: MessageCode, params: Params = {}, area: Area = 'app'): void {
  const level = NEWS.has(code) ? 'news' : 'problem';
  const notice: Notice = { id: nextId++, code, params, level, area };
  useNotify.setState((s) => ({
    notices: [...s.notices.filter((n) => n.level !== level || n.area !== area), notice],
  }));
}

/** Take back the problems of an area (a new attempt starts, or the situation is resolved). */
export function clearProblems(area: Area): void {
  useNotify.setState((s) => ({ notices: s.notices.filter((n) => n.level !== 'problem' || n.area !== area) }));
}

/** Tell the user why the document model refused a command. */
export function notifyRefusal(reason: RejectReason): void {
  notify(`refused-${reason}`);
}

/** Ask a yes/no question in the app's own dialog; resolves with the answer (a second question answers the first "no"). */
export function ask(code: QuestionCode, params: Params = {}): Promise<boolean> {
  return new Promise((resolve) => {
    useNotify.getState().question?.answer(false);
    const answer = (yes: boolean) => {
      useNotify.setState((s) => (s.question?.answer === answer ? { question: null } : {}));
      resolve(yes);
    };
    useNotify.setState({ question: { code, params, answer } });
  });
}

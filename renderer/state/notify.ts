/**
 * The one way the app tells the user something: a message code with its
 * parameters (text in the `notify` namespace of shared/i18n/locales/en, so it can be
 * translated), shown by <Notices /> (renderer/app/Notices.tsx). Passing news
 * ("Saved as…") fades away; problems stay until dismissed or replaced; a question
 * ("Delete stage…?") waits for the user's answer. A command the document model
 * refuses is told here with the model's own reason (`refused`).
 *
 * Notices keep their code and parameters, not text: they are translated when
 * shown, so an open notice follows a change of language. A parameter that is
 * itself a catalogue message (a {@link MessageRef}) is translated then too.
 */
import type { TFunction } from 'i18next';
import { create } from 'zustand';
import type { RejectReason } from '../../shared/commands';
import type { en } from '../../shared/i18n/catalogues';

export type MessageCode = keyof (typeof en)['notify'];
export type QuestionCode = keyof (typeof en)['ask'];

/** A catalogue message standing as a parameter (e.g. a reason the app itself gives), translated when shown. */
export interface MessageRef {
  key: string;
  params?: Readonly<Record<string, string | number>>;
}
export type Param = string | number | MessageRef;
export type Params = Record<string, Param>;

/** A catalogue message as a parameter: `notify('file-problem', { detail: message('viewer.open.notProject', { name }) })`. */
export function message(key: string, params?: Record<string, string | number>): MessageRef {
  return params ? { key, params } : { key };
}

/** The parameters ready for i18next: message parameters translated by `t`, the rest as they are. */
export function translateParams(t: TFunction, params: Params): Record<string, string | number> {
  return Object.fromEntries(
    Object.entries(params).map(([name, value]) => [
      name,
      typeof value === 'object' ? t(value.key, { ...value.params }) : value,
    ]),
  );
}

/** A notice's text in the language of `t`. */
export function noticeText(t: TFunction, notice: Pick<Notice, 'code' | 'params'>): string {
  return t(`notify.${notice.code}`, translateParams(t, notice.params));
}

/** A question's text in the language of `t`. */
export function questionText(t: TFunction, question: Pick<Question, 'code' | 'params'>): string {
  return t(`ask.${question.code}`, translateParams(t, question.params));
}

/** Where a problem came from: files get their own label ("File problem") for assistive technology. */
export type Area = 'file' | 'app';

/** News fades; problems stay until dismissed. */
const NEWS: ReadonlySet<MessageCode> = new Set<MessageCode>([
  'stage-added',
  'saved-as',
  'backup-restored',
  'paste-converted',
]);

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

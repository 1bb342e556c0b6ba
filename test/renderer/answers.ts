import { act } from '@testing-library/react';
import { vi } from 'vitest';
import i18n from '../../renderer/i18n';
import { questionText, useNotify } from '../../renderer/state/notify';

/**
 * Answer the app's questions (renderer/state/notify.ts `ask`) as a user would, in
 * order, the last answer repeating; returns a mock called with each question's text.
 * Call `stopAnswering` after each test.
 */
export function answerQuestions(...answers: boolean[]) {
  const asked = vi.fn<(text: string) => void>();
  let i = 0;
  const stop = useNotify.subscribe((s) => {
    const q = s.question;
    if (!q) return;
    asked(questionText(i18n.t, q));
    q.answer(answers[Math.min(i++, answers.length - 1)] ?? false);
  });
  stoppers.push(stop);
  return asked;
}

const stoppers: (() => void)[] = [];

/** Stop answering (call after each test). */
export function stopAnswering(): void {
  for (const stop of stoppers.splice(0)) stop();
}

/** Let an answered question's continuation run (the component awaits the answer). */
export const settle = () => act(async () => {});

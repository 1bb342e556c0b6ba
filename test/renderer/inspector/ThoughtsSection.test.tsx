// @vitest-environment jsdom
import { act, cleanup, fireEvent, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import i18n from '../../../renderer/i18n';
import { LANGUAGES } from '../../../shared/i18n/languages';
import { doc, renderInspector, stepById } from './fixture';

afterEach(async () => {
  cleanup();
  await i18n.changeLanguage('en');
});

const thoughtsOf = (id: string) => stepById(id).thoughts;
const history = () => doc().history.past.length;
const newThought = () => screen.getByLabelText('New thought') as HTMLInputElement;
const thought = (n: number) => screen.getByRole('textbox', { name: `Thought ${n}` }) as HTMLInputElement;

function addThought(text: string, how: 'enter' | 'button' = 'enter') {
  fireEvent.change(newThought(), { target: { value: text } });
  if (how === 'enter') fireEvent.keyDown(newThought(), { key: 'Enter' });
  else fireEvent.click(screen.getByRole('button', { name: 'Add thought' }));
}

describe('thoughts in the step inspector', () => {
  it.each(['pay', 'queue'])('are a named group on every step (%s), contact moment or not', (id) => {
    renderInspector({ stepIds: [id] });
    const group = screen.getByRole('group', { name: 'Thoughts' });
    expect(within(group).getByLabelText('New thought')).toBeTruthy();
    expect(within(group).queryByRole('list')).toBeNull();
  });

  it('adds a thought by Enter and by button, one undo entry each, ignoring blank ones', () => {
    renderInspector({ stepIds: ['pay'] });
    const before = history();
    addThought('Is anyone going to help me?', 'enter');
    expect(newThought().value).toBe('');
    addThought('  Cash or card?  ', 'button');
    addThought('   ', 'enter');
    expect(thoughtsOf('pay')).toEqual(['Is anyone going to help me?', 'Cash or card?']);
    expect(history()).toBe(before + 2);
    const list = screen.getByRole('list', { name: 'Thoughts' });
    expect(
      within(list)
        .getAllByRole('textbox')
        .map((i) => (i as HTMLInputElement).value),
    ).toEqual(['Is anyone going to help me?', 'Cash or card?']);
    act(() => doc().undo());
    expect(thoughtsOf('pay')).toEqual(['Is anyone going to help me?']);
    act(() => doc().undo());
    expect(thoughtsOf('pay')).toBeUndefined();
    expect(screen.queryByRole('list', { name: 'Thoughts' })).toBeNull();
  });

  it('edits a thought in place: a burst of typing is one undo entry, spaces between words survive', () => {
    renderInspector({ stepIds: ['pay'] });
    addThought('Cash');
    const before = history();
    for (const value of ['Cash ', 'Cash o', 'Cash or ', 'Cash or card?'])
      fireEvent.change(thought(1), { target: { value } });
    expect(thoughtsOf('pay')).toEqual(['Cash or card?']);
    expect(history()).toBe(before + 1);
    // Mid-burst, the draft kept its trailing space although the stored note is trimmed.
    fireEvent.change(thought(1), { target: { value: 'Cash or card? ' } });
    expect(thought(1).value).toBe('Cash or card? ');
    act(() => doc().undo());
    expect(thoughtsOf('pay')).toEqual(['Cash']);
    expect(thought(1).value).toBe('Cash');
  });

  it('keeps a thought cleared and left as it was; its button removes it (one undo entry)', () => {
    renderInspector({ stepIds: ['queue'] });
    addThought('A');
    addThought('B');
    addThought('C');
    fireEvent.change(thought(2), { target: { value: '' } });
    fireEvent.blur(thought(2));
    expect(thought(2).value).toBe('B');
    expect(thoughtsOf('queue')).toEqual(['A', 'B', 'C']);

    const before = history();
    fireEvent.click(screen.getByRole('button', { name: 'Remove thought 2' }));
    expect(thoughtsOf('queue')).toEqual(['A', 'C']);
    expect(thought(2).value).toBe('C');
    expect(history()).toBe(before + 1);
    act(() => doc().undo());
    expect(thoughtsOf('queue')).toEqual(['A', 'B', 'C']);
    expect(thought(2).value).toBe('B');
  });

  it('does not touch the contact moment: thoughts are the step’s own', () => {
    renderInspector({ stepIds: ['queue'] });
    addThought('Only two tills open');
    expect(stepById('queue').moment!.painPoints).toEqual([]);
    expect(stepById('queue').moment!.notes).toBe('');
  });

  it.each(LANGUAGES.filter((l) => l !== 'en'))('is labelled in %s', async (lng) => {
    renderInspector({ stepIds: ['pay'] });
    await act(async () => {
      await i18n.changeLanguage(lng);
    });
    const t = i18n.getFixedT(lng);
    const group = screen.getByRole('group', { name: t('rows.names.thoughts') });
    const input = within(group).getByLabelText(t('inspector.thoughts.new'));
    fireEvent.change(input, { target: { value: 'x y' } });
    fireEvent.click(within(group).getByRole('button', { name: t('inspector.thoughts.add') }));
    expect(within(group).getByRole('textbox', { name: t('inspector.thoughts.text', { n: '1' }) })).toBeTruthy();
    expect(within(group).getByRole('button', { name: t('inspector.thoughts.remove', { n: '1' }) })).toBeTruthy();
    for (const key of ['add', 'new', 'hint', 'newPlaceholder', 'text', 'remove'])
      expect(t(`inspector.thoughts.${key}`, { n: '1' }), key).not.toBe(
        i18n.getFixedT('en')(`inspector.thoughts.${key}`, { n: '1' }),
      );
  });
});

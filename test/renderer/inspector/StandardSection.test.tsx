// @vitest-environment jsdom
import { act, cleanup, fireEvent, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { doc, momentOf, renderInspector } from './fixture';

afterEach(cleanup);

const texts = () => momentOf('queue').standard.measures.map((m) => m.text);
const rows = () => within(screen.getByRole('list', { name: 'Measures' })).getAllByRole('listitem');

function addMeasure(text: string, how: 'enter' | 'button') {
  const input = screen.getByLabelText('New measure') as HTMLInputElement;
  fireEvent.change(input, { target: { value: text } });
  if (how === 'enter') fireEvent.keyDown(input, { key: 'Enter' });
  else fireEvent.click(screen.getByRole('button', { name: 'Add measure' }));
  expect(input.value).toBe('');
}

describe('standard', () => {
  it('records ordinary and quality wording', () => {
    renderInspector({ stepIds: ['queue'] });
    fireEvent.change(screen.getByLabelText('Ordinary standard'), { target: { value: 'Greeted quickly' } });
    fireEvent.change(screen.getByLabelText('Quality standard'), { target: { value: 'Greeted within 30 s' } });
    expect(momentOf('queue').standard).toMatchObject({ ordinary: 'Greeted quickly', quality: 'Greeted within 30 s' });
  });

  it('adds measures by Enter and by button, ignoring blank ones', () => {
    renderInspector({ stepIds: ['queue'] });
    addMeasure('Answered within three rings', 'enter');
    addMeasure('Caller greeted politely', 'button');
    fireEvent.change(screen.getByLabelText('New measure'), { target: { value: '   ' } });
    fireEvent.keyDown(screen.getByLabelText('New measure'), { key: 'Enter' });
    expect(texts()).toEqual(['Answered within three rings', 'Caller greeted politely']);
    expect(momentOf('queue').standard.measures.every((m) => !m.done && m.id.length > 0)).toBe(true);
    expect(new Set(momentOf('queue').standard.measures.map((m) => m.id)).size).toBe(2);
  });

  it('ticks a measure by its label, reorders and removes measures', () => {
    renderInspector({ stepIds: ['queue'] });
    addMeasure('A', 'enter');
    addMeasure('B', 'enter');
    addMeasure('C', 'enter');

    fireEvent.click(screen.getByRole('checkbox', { name: 'B' }));
    expect(momentOf('queue').standard.measures[1]).toMatchObject({ text: 'B', done: true });
    expect(screen.getByText('1 of 3 done')).toBeTruthy();

    fireEvent.click(within(rows()[0]).getByRole('button', { name: 'Move measure down' }));
    expect(texts()).toEqual(['B', 'A', 'C']);
    fireEvent.click(within(rows()[2]).getByRole('button', { name: 'Move measure up' }));
    expect(texts()).toEqual(['B', 'C', 'A']);
    // The ends do nothing (and add no history).
    const before = doc().history.past.length;
    fireEvent.click(within(rows()[0]).getByRole('button', { name: 'Move measure up' }));
    fireEvent.click(within(rows()[2]).getByRole('button', { name: 'Move measure down' }));
    expect(texts()).toEqual(['B', 'C', 'A']);
    expect(doc().history.past).toHaveLength(before);
    // Rows follow the document order.
    expect(rows().map((r) => (within(r).getByRole('textbox') as HTMLInputElement).value)).toEqual(['B', 'C', 'A']);

    fireEvent.click(within(rows()[1]).getByRole('button', { name: 'Remove measure' }));
    expect(texts()).toEqual(['B', 'A']);
    act(() => doc().undo());
    expect(texts()).toEqual(['B', 'C', 'A']);
  });

  it('edits a measure text as one undo entry', () => {
    renderInspector({ stepIds: ['queue'] });
    addMeasure('Greet', 'enter');
    const before = doc().history.past.length;
    const text = screen.getByLabelText('Measure 1 text');
    fireEvent.change(text, { target: { value: 'Greet the' } });
    fireEvent.change(text, { target: { value: 'Greet the caller' } });
    expect(texts()).toEqual(['Greet the caller']);
    expect(screen.getByRole('checkbox', { name: 'Greet the caller' })).toBeTruthy();
    expect(doc().history.past).toHaveLength(before + 1);
    act(() => doc().undo());
    expect((screen.getByLabelText('Measure 1 text') as HTMLInputElement).value).toBe('Greet');
  });
});

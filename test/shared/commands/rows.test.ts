import { describe, expect, it } from 'vitest';
import { applyCommand, commandText, describeCommand } from '../../../shared/commands';
import { journeyRows, shownRows } from '../../../shared/model';
import { translator } from '../../../shared/i18n/translator';
import { applyAndCheck, expectRejected, momentOf, stepOf, supermarket } from './fixtures';

describe('journey-map rows', () => {
  it('shows, hides and reorders rows as one change, written into the document', () => {
    const p = supermarket();
    const rows = journeyRows(p);
    const next = [rows[3], ...rows.filter((_, i) => i !== 3)].map((r) => ({ ...r, shown: r.kind !== 'emotion' }));
    const { project } = applyAndCheck(p, { type: 'setRows', rows: next });
    expect(project.rows).toEqual(next);
    expect(shownRows(project)[0]).toBe(next[0].kind);
    expect(shownRows(project)).not.toContain('emotion');
  });

  it('refuses a list that leaves a row out or names one twice', () => {
    const p = supermarket();
    const rows = journeyRows(p);
    expectRejected(p, { type: 'setRows', rows: rows.slice(1) }, 'invalid-value');
    expectRejected(p, { type: 'setRows', rows: [...rows.slice(1), rows[1]] }, 'invalid-value');
  });

  it('changes nothing when the list is the one the file already holds', () => {
    const p = { ...supermarket(), rows: journeyRows({}) };
    const result = applyCommand(p, { type: 'setRows', rows: journeyRows(p) });
    expect(result.patches).toEqual([]);
  });
});

describe('notes typed into a row', () => {
  it('adds a thought to any step, trimmed, and removing the last one leaves the step as it was', () => {
    const p = supermarket();
    const added = applyAndCheck(p, {
      type: 'addNote',
      stepId: 'browse',
      row: 'thoughts',
      text: '  Where is the bread?  ',
    });
    expect(stepOf(added.project, 'browse').thoughts).toEqual(['Where is the bread?']);
    const removed = applyAndCheck(added.project, { type: 'removeNote', stepId: 'browse', row: 'thoughts', index: 0 });
    expect(stepOf(removed.project, 'browse')).toEqual(stepOf(p, 'browse'));
  });

  it('adds pain points and opportunities to a contact moment at the place given, and edits them', () => {
    const p = supermarket();
    const a = applyAndCheck(p, { type: 'addNote', stepId: 'ask', row: 'painPoints', text: 'Long wait', index: 0 });
    expect(momentOf(a.project, 'ask').painPoints).toEqual(['Long wait', 'Staff hard to find']);
    const b = applyAndCheck(a.project, {
      type: 'updateNote',
      stepId: 'ask',
      row: 'painPoints',
      index: 1,
      text: 'Nobody near',
    });
    expect(momentOf(b.project, 'ask').painPoints).toEqual(['Long wait', 'Nobody near']);
    const c = applyAndCheck(b.project, { type: 'addNote', stepId: 'ask', row: 'opportunities', text: 'Help button' });
    expect(momentOf(c.project, 'ask').opportunities).toEqual(['Help button']);
  });

  it('refuses a blank note, a pain point on a step that is no contact moment, and an index past the list', () => {
    const p = supermarket();
    expectRejected(p, { type: 'addNote', stepId: 'ask', row: 'painPoints', text: '   ' }, 'invalid-value');
    expectRejected(p, { type: 'addNote', stepId: 'browse', row: 'painPoints', text: 'Dark aisle' }, 'no-moment');
    expectRejected(p, { type: 'addNote', stepId: 'nope', row: 'thoughts', text: 'Hm' }, 'not-found');
    expectRejected(p, { type: 'updateNote', stepId: 'ask', row: 'painPoints', index: 5, text: 'x' }, 'not-found');
    expectRejected(p, { type: 'removeNote', stepId: 'ask', row: 'opportunities', index: 0 }, 'not-found');
    expectRejected(p, { type: 'addNote', stepId: 'ask', row: 'painPoints', text: 'x'.repeat(501) }, 'invalid-value');
  });

  it('names each note edit by its row in the undo label', () => {
    const t = translator('en');
    const say = (c: Parameters<typeof describeCommand>[0]) => commandText(describeCommand(c), t);
    expect(say({ type: 'addNote', stepId: 'ask', row: 'painPoints', text: 'x' })).toBe('Add pain point');
    expect(say({ type: 'updateNote', stepId: 'ask', row: 'thoughts', index: 0, text: 'x' })).toBe('Edit thought');
    expect(say({ type: 'removeNote', stepId: 'ask', row: 'opportunities', index: 0 })).toBe('Delete opportunity');
    expect(say({ type: 'setRows', rows: [] })).toBe("Change the map's rows");
    expect(
      commandText(describeCommand({ type: 'addNote', stepId: 'a', row: 'painPoints', text: 'x' }), translator('hu')),
    ).toBe('Fájdalompont hozzáadása');
  });
});

// @vitest-environment jsdom
import { act, cleanup, fireEvent, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { doc, momentOf, renderInspector } from './fixture';

afterEach(cleanup);

const field = (label: string) => screen.getByLabelText(label) as HTMLInputElement;
const pick = (label: string, value: string) => fireEvent.change(screen.getByLabelText(label), { target: { value } });
const riskStatus = () => screen.getByRole('status', { name: 'Risk score' }).textContent ?? '';
const overall = () => screen.getByRole('status', { name: 'SERVQUAL overall gap' }).textContent ?? '';

describe('contact moment basics', () => {
  it('sets moment of truth, channel, actor and emotion', () => {
    renderInspector({ stepIds: ['queue'] });
    fireEvent.click(field('Moment of truth'));
    pick('Channel', 'phone');
    fireEvent.change(field('Actor'), { target: { value: 'Cashier' } });
    pick('Emotion', '-2');
    const moment = momentOf('queue');
    expect(moment.momentOfTruth).toBe(true);
    expect(moment.channel).toBe('phone');
    expect(moment.actor).toBe('Cashier');
    expect(moment.emotion).toBe(-2);
    expect((screen.getByLabelText('Emotion') as HTMLSelectElement).selectedOptions[0].textContent).toBe(
      '-2 very negative',
    );
    pick('Emotion', '');
    expect(momentOf('queue').emotion).toBeNull();
  });
});

describe('senses', () => {
  it('engages a sense, sets its valence and note, leaving the other senses alone', () => {
    renderInspector({ stepIds: ['queue'] });
    for (const name of ['Sight', 'Hearing', 'Smell', 'Taste', 'Touch']) {
      expect(screen.getByRole('checkbox', { name })).toBeTruthy();
    }
    fireEvent.click(screen.getByRole('checkbox', { name: 'Hearing' }));
    pick('Hearing valence', '-1');
    fireEvent.change(field('Hearing note'), { target: { value: 'Music' } });
    fireEvent.change(field('Hearing note'), { target: { value: 'Music too loud' } });

    const { senses } = momentOf('queue');
    expect(senses.hearing).toEqual({ engaged: true, valence: -1, note: 'Music too loud' });
    expect(senses.sight).toEqual({ engaged: false, valence: 0, note: '' });
    // check, valence, and one coalesced burst of typing
    expect(doc().history.past).toHaveLength(3);
  });
});

describe('risk', () => {
  it('shows the score and level live as likelihood and impact change', () => {
    renderInspector({ stepIds: ['queue'] });
    expect(riskStatus()).toMatch(/not set/);
    pick('Risk likelihood', '4');
    expect(riskStatus()).toMatch(/not set/);
    pick('Risk impact', '5');
    // 4 x 5 = 20: critical (20-25)
    expect(riskStatus()).toMatch(/\b20\b/);
    expect(riskStatus()).toMatch(/critical/);
    expect(momentOf('queue').risk).toMatchObject({ likelihood: 4, impact: 5 });

    pick('Risk likelihood', '3');
    // 3 x 5 = 15: high (10-16)
    expect(riskStatus()).toMatch(/\b15\b.*high/);
    act(() => doc().undo());
    expect(riskStatus()).toMatch(/\b20\b.*critical/);
    expect(momentOf('queue').risk.likelihood).toBe(4);
  });

  it('records description and mitigation', () => {
    renderInspector({ stepIds: ['queue'] });
    fireEvent.change(field('Risk description'), { target: { value: 'Long queue' } });
    fireEvent.change(field('Mitigation'), { target: { value: 'Open a second till' } });
    expect(momentOf('queue').risk).toMatchObject({ description: 'Long queue', mitigation: 'Open a second till' });
  });
});

describe('SERVQUAL', () => {
  it('shows each gap P - E and the weighted overall gap', () => {
    renderInspector({ stepIds: ['queue'] });
    pick('Reliability expectation', '6');
    pick('Reliability perception', '4');
    expect(screen.getByLabelText('Reliability gap').textContent).toBe('-2.00');
    expect(momentOf('queue').servqual.reliability).toEqual({ expectation: 6, perception: 4 });
    // Only reliability is scored, so the weighted gap is its gap.
    expect(overall()).toMatch(/Weighted gap -2\.00/);

    pick('Tangibles expectation', '5');
    expect(screen.getByLabelText('Tangibles gap').textContent).toBe('–');
    pick('Tangibles perception', '6');
    expect(screen.getByLabelText('Tangibles gap').textContent).toBe('+1.00');
    // Default weights: reliability 0.32, tangibles 0.11.
    // (0.32 x -2 + 0.11 x 1) / (0.32 + 0.11) = -0.53 / 0.43 = -1.2326; mean (-2 + 1) / 2 = -0.5
    expect(overall()).toMatch(/Weighted gap -1\.23/);
    expect(overall()).toMatch(/mean -0\.50/);
  });

  it('sets the evidence', () => {
    renderInspector({ stepIds: ['queue'] });
    pick('Evidence', 'measured');
    expect(momentOf('queue').servqual.evidence).toBe('measured');
  });
});

describe('experience', () => {
  it('wait time is a number of seconds, empty for not set', () => {
    renderInspector({ stepIds: ['queue'] });
    fireEvent.change(field('Wait time (seconds)'), { target: { value: '90' } });
    expect(momentOf('queue').waitSeconds).toBe(90);
    fireEvent.change(field('Wait time (seconds)'), { target: { value: '' } });
    expect(momentOf('queue').waitSeconds).toBeNull();
  });

  it('pain points and opportunities are one per line; a trailing newline stays while typing', () => {
    renderInspector({ stepIds: ['queue'] });
    const pains = screen.getByLabelText('Pain points') as HTMLTextAreaElement;
    fireEvent.change(pains, { target: { value: 'Queue too long\n' } });
    expect(momentOf('queue').painPoints).toEqual(['Queue too long']);
    expect(pains.value).toBe('Queue too long\n');
    fireEvent.change(pains, { target: { value: 'Queue too long\n\nNo baskets' } });
    expect(momentOf('queue').painPoints).toEqual(['Queue too long', 'No baskets']);

    fireEvent.change(screen.getByLabelText('Opportunities'), { target: { value: 'Self checkout' } });
    expect(momentOf('queue').opportunities).toEqual(['Self checkout']);

    act(() => doc().undo());
    act(() => doc().undo());
    expect(momentOf('queue').painPoints).toEqual([]);
    expect(pains.value).toBe('');
  });

  it('records notes', () => {
    renderInspector({ stepIds: ['queue'] });
    fireEvent.change(field('Notes'), { target: { value: 'Observed on Saturday' } });
    expect(momentOf('queue').notes).toBe('Observed on Saturday');
  });
});

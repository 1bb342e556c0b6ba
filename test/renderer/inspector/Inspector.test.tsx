// @vitest-environment jsdom
import { act, cleanup, fireEvent, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { answerQuestions, settle, stopAnswering } from '../answers';
import { doc, project, renderInspector, stepById, testProject } from './fixture';

afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
  stopAnswering();
});

const input = (label: string) => screen.getByLabelText(label) as HTMLInputElement;
const select = (label: string) => screen.getByLabelText(label) as HTMLSelectElement;

describe('Inspector panel', () => {
  it('is a labelled side panel showing the journey when nothing is selected', () => {
    renderInspector();
    const aside = screen.getByRole('complementary', { name: 'Inspector' });
    expect(within(aside).getByRole('group', { name: 'Journey' })).toBeTruthy();
    expect(input('Project name').value).toBe('Test');
    expect(screen.queryByLabelText('Title')).toBeNull();
  });

  it('counts a multiple selection instead of showing fields', () => {
    renderInspector({ stepIds: ['pay', 'queue'] });
    expect(screen.getByText('2 steps selected')).toBeTruthy();
    expect(screen.queryByLabelText('Title')).toBeNull();
  });

  it('follows the selection from one step to another', () => {
    renderInspector({ stepIds: ['pay'] });
    expect(input('Title').value).toBe('Pay');
    act(() => doc().select({ stepIds: ['queue'] }));
    expect(input('Title').value).toBe('Queue');
  });
});

describe('step fields', () => {
  it('typing in Title updates the step on each keystroke and makes one undo entry', () => {
    renderInspector({ stepIds: ['pay'] });
    for (const text of ['Pa', 'Pay ', 'Pay a', 'Pay at', 'Pay at till']) {
      fireEvent.change(input('Title'), { target: { value: text } });
    }
    expect(stepById('pay').title).toBe('Pay at till');
    expect(doc().history.past).toHaveLength(1);

    act(() => doc().undo());
    expect(stepById('pay').title).toBe('Pay');
    expect(input('Title').value).toBe('Pay');
  });

  it('edits of different fields are separate undo entries', () => {
    renderInspector({ stepIds: ['pay'] });
    fireEvent.change(input('Title'), { target: { value: 'Pay now' } });
    fireEvent.change(input('Description'), { target: { value: 'At the till' } });
    expect(stepById('pay').description).toBe('At the till');
    expect(doc().history.past).toHaveLength(2);
    act(() => doc().undo());
    expect(stepById('pay').title).toBe('Pay now');
    expect(stepById('pay').description).toBe('');
    expect((screen.getByLabelText('Description') as HTMLTextAreaElement).value).toBe('');
  });

  it('moves the step to another stage and changes its kind', () => {
    renderInspector({ stepIds: ['pay'] });
    const stage = select('Stage');
    expect([...stage.options].map((o) => o.textContent)).toEqual(['Stage 1', 'Leave']);
    fireEvent.change(stage, { target: { value: 'stage-2' } });
    expect(stepById('pay').stageId).toBe('stage-2');

    fireEvent.change(select('Kind'), { target: { value: 'end' } });
    expect(stepById('pay').kind).toBe('end');
    expect(select('Kind').value).toBe('end');
  });

  it('offers a Lane select only when the project has lanes, with "No lane"', () => {
    renderInspector({ stepIds: ['pay'] });
    expect(screen.queryByLabelText('Lane')).toBeNull();

    const withLanes = testProject();
    withLanes.lanes.push({ id: 'lane-c', name: 'Customer' }, { id: 'lane-f', name: 'Front stage' });
    renderInspector({ stepIds: ['pay'] }, withLanes);
    const lane = select('Lane');
    expect([...lane.options].map((o) => o.textContent)).toEqual(['No lane', 'Customer', 'Front stage']);
    fireEvent.change(lane, { target: { value: 'lane-f' } });
    expect(stepById('pay').laneId).toBe('lane-f');
    fireEvent.change(select('Lane'), { target: { value: '' } });
    expect(stepById('pay').laneId).toBeUndefined();
  });
});

describe('contact moment switch', () => {
  it('turning it on creates a moment and shows its fields; off removes it', async () => {
    const confirm = answerQuestions(true);
    renderInspector({ stepIds: ['pay'] });
    expect(screen.queryByLabelText('Moment of truth')).toBeNull();

    fireEvent.click(screen.getByLabelText('Contact moment'));

    await settle();
    expect(stepById('pay').moment).toBeDefined();
    expect(screen.getByLabelText('Moment of truth')).toBeTruthy();
    expect(screen.getByLabelText('Channel')).toBeTruthy();

    // A fresh, unannotated moment goes without asking.
    fireEvent.click(screen.getByLabelText('Contact moment'));
    await settle();
    expect(confirm).not.toHaveBeenCalled();
    expect(stepById('pay').moment).toBeUndefined();
    expect(screen.queryByLabelText('Moment of truth')).toBeNull();
  });

  it('asks before dropping an annotated moment, and keeps it if the user says no', async () => {
    const confirm = answerQuestions(false);
    renderInspector({ stepIds: ['queue'] });
    fireEvent.click(screen.getByLabelText('Moment of truth'));
    await settle();
    expect(stepById('queue').moment?.momentOfTruth).toBe(true);

    fireEvent.click(screen.getByLabelText('Contact moment'));

    await settle();
    expect(confirm).toHaveBeenCalledTimes(1);
    expect(stepById('queue').moment?.momentOfTruth).toBe(true);
    expect((screen.getByLabelText('Contact moment') as HTMLInputElement).checked).toBe(true);
  });

  it('drops an annotated moment when confirmed, and undo brings the annotations back', async () => {
    answerQuestions(true);
    renderInspector({ stepIds: ['queue'] });
    fireEvent.change(screen.getByLabelText('Actor'), { target: { value: 'Cashier' } });
    await settle();
    fireEvent.click(screen.getByLabelText('Contact moment'));
    await settle();
    expect(stepById('queue').moment).toBeUndefined();

    act(() => doc().undo());
    expect(stepById('queue').moment?.actor).toBe('Cashier');
    expect((screen.getByLabelText('Actor') as HTMLInputElement).value).toBe('Cashier');
  });
});

describe('flow inspector', () => {
  it('edits label and kind, and deletes the flow', () => {
    renderInspector({ flowIds: ['f1'] });
    const panel = screen.getByRole('complementary', { name: 'Inspector' });
    expect(within(panel).getByText(/Pay/).textContent).toMatch(/Pay\s*→?\s*to\s*Queue/);

    fireEvent.change(select('Flow kind'), { target: { value: 'failure' } });
    expect(project().flows[0].kind).toBe('failure');

    fireEvent.change(input('Label'), { target: { value: 'no' } });
    fireEvent.change(input('Label'), { target: { value: 'no stock' } });
    expect(project().flows[0].label).toBe('no stock');
    expect(doc().history.past).toHaveLength(2);

    fireEvent.click(screen.getByRole('button', { name: 'Delete flow' }));
    expect(project().flows).toHaveLength(0);
    expect(doc().selection.flowIds).toEqual([]);
    expect(screen.queryByLabelText('Flow kind')).toBeNull();
  });

  it('a step in the selection takes precedence over flows', () => {
    renderInspector({ stepIds: ['pay'], flowIds: ['f1'] });
    expect(screen.getByLabelText('Title')).toBeTruthy();
    expect(screen.queryByLabelText('Flow kind')).toBeNull();
  });
});

import { describe, expect, it } from 'vitest';
import { applyCommand } from '../../../shared/commands';
import { GRID } from '../../../shared/layout/grid';
import type { Project } from '../../../shared/model';
import { applyAndCheck, expectRejected, stepOf, supermarket } from './fixtures';

const stageIds = (p: Project) => p.stages.map((s) => s.id);
const laneIds = (p: Project) => p.lanes.map((l) => l.id);

describe('stages', () => {
  it('addStage appends, or inserts at an index', () => {
    let p = applyAndCheck(supermarket(), { type: 'addStage', stage: { id: 'park', name: 'Park' }, index: 0 }).project;
    expect(stageIds(p)).toEqual(['park', 'arrive', 'shop', 'pay', 'leave']);
    p = applyAndCheck(p, { type: 'addStage', stage: { id: 'home', name: 'Home', colour: '#112233' } }).project;
    expect(p.stages.at(-1)).toEqual({ id: 'home', name: 'Home', colour: '#112233' });
  });

  it('addStage refuses taken ids, bad colours and bad indexes', () => {
    const p = supermarket();
    expectRejected(p, { type: 'addStage', stage: { id: 'shop', name: 'Again' } }, 'duplicate-id');
    expectRejected(p, { type: 'addStage', stage: { id: 'x', name: 'X', colour: 'red' } }, 'invalid-value');
    expectRejected(p, { type: 'addStage', stage: { id: 'x', name: 'X' }, index: 5 }, 'invalid-value');
  });

  it('updateStage renames, recolours, and clears the colour with null', () => {
    let p = applyAndCheck(supermarket(), {
      type: 'updateStage',
      stageId: 'shop',
      changes: { name: 'Browse', colour: '#00ff00' },
    }).project;
    expect(p.stages[1]).toEqual({ id: 'shop', name: 'Browse', colour: '#00ff00' });
    p = applyAndCheck(p, { type: 'updateStage', stageId: 'arrive', changes: { colour: null } }).project;
    expect(p.stages[0]).toEqual({ id: 'arrive', name: 'Arrive' });
    expectRejected(p, { type: 'updateStage', stageId: 'ghost', changes: { name: 'x' } }, 'not-found');
  });

  it('moveStage reorders the columns; the steps keep their stage', () => {
    const { project } = applyAndCheck(supermarket(), { type: 'moveStage', stageId: 'arrive', toIndex: 2 });
    expect(stageIds(project)).toEqual(['shop', 'pay', 'arrive', 'leave']);
    expect(stepOf(project, 'enter')).toEqual(stepOf(supermarket(), 'enter'));
    expectRejected(supermarket(), { type: 'moveStage', stageId: 'arrive', toIndex: 4 }, 'invalid-value');
    expectRejected(supermarket(), { type: 'moveStage', stageId: 'ghost', toIndex: 0 }, 'not-found');
  });

  it('removeStage removes its steps and their flows', () => {
    const { project } = applyAndCheck(supermarket(), { type: 'removeStage', stageId: 'shop' });
    expect(stageIds(project)).toEqual(['arrive', 'pay', 'leave']);
    expect(project.steps.map((s) => s.id)).toEqual(['enter', 'basket', 'queue', 'checkout', 'exit', 'note']);
    expect(project.flows.map((f) => f.id)).toEqual(['f1', 'f6', 'f7']);
  });

  it('refuses to remove the last stage', () => {
    let p = supermarket();
    for (const id of ['arrive', 'shop', 'pay']) p = applyAndCheck(p, { type: 'removeStage', stageId: id }).project;
    expect(stageIds(p)).toEqual(['leave']);
    expectRejected(p, { type: 'removeStage', stageId: 'leave' }, 'last-stage');
  });
});

describe('lanes', () => {
  it('addLane appends a lane without moving any step', () => {
    const { project } = applyAndCheck(supermarket(), { type: 'addLane', lane: { id: 'support', name: 'Support' } });
    expect(laneIds(project)).toEqual(['customer', 'front', 'back', 'support']);
    expect(project.steps).toEqual(supermarket().steps);
  });

  it('a new first lane pins steps without a lane to the lane they were drawn in', () => {
    const { project } = applyAndCheck(supermarket(), {
      type: 'addLane',
      lane: { id: 'top', name: 'Top' },
      index: 0,
    });
    expect(laneIds(project)).toEqual(['top', 'customer', 'front', 'back']);
    expect(stepOf(project, 'note').laneId).toBe('customer');
  });

  it('the first lane of a map without lanes takes every step', () => {
    let p = supermarket();
    for (const id of ['customer', 'front', 'back']) p = applyAndCheck(p, { type: 'removeLane', laneId: id }).project;
    expect(p.lanes).toEqual([]);
    expect(p.steps.every((s) => s.laneId === undefined)).toBe(true);
    p = applyAndCheck(p, { type: 'addLane', lane: { id: 'only', name: 'Only' } }).project;
    expect(p.steps.every((s) => s.laneId === 'only')).toBe(true);
  });

  it('updateLane renames; moveLane reorders', () => {
    let p = applyAndCheck(supermarket(), { type: 'updateLane', laneId: 'back', changes: { name: 'Kitchen' } }).project;
    expect(p.lanes[2]).toEqual({ id: 'back', name: 'Kitchen' });
    p = applyAndCheck(p, { type: 'moveLane', laneId: 'back', toIndex: 1 }).project;
    expect(laneIds(p)).toEqual(['customer', 'back', 'front']);
    expect(stepOf(p, 'note').laneId).toBeUndefined();
    expectRejected(p, { type: 'moveLane', laneId: 'back', toIndex: 3 }, 'invalid-value');
  });

  it('moving the first lane away pins unassigned steps to it', () => {
    const { project } = applyAndCheck(supermarket(), { type: 'moveLane', laneId: 'customer', toIndex: 2 });
    expect(laneIds(project)).toEqual(['front', 'back', 'customer']);
    expect(stepOf(project, 'note').laneId).toBe('customer');
  });

  it('removeLane moves its steps into the first remaining lane, below the steps already there', () => {
    const { project } = applyAndCheck(supermarket(), { type: 'removeLane', laneId: 'front' });
    expect(laneIds(project)).toEqual(['customer', 'back']);
    // "ask" (shop, front, y 40) joins the customer row, where "browse" sits at y 40 in the same column.
    const below = 40 + GRID.defaultStepSize.height + GRID.padding;
    expect(stepOf(project, 'ask')).toMatchObject({ laneId: 'customer', position: { x: 40, y: 40 + below } });
    // "checkout" (pay, front) lands below "queue" (pay, customer, y 40).
    expect(stepOf(project, 'checkout')).toMatchObject({ laneId: 'customer', position: { x: 40, y: 40 + below } });
    expect(stepOf(project, 'restock')).toEqual(stepOf(supermarket(), 'restock'));
  });

  it('removing the first lane moves its unassigned steps too', () => {
    const { project } = applyAndCheck(supermarket(), { type: 'removeLane', laneId: 'customer' });
    expect(laneIds(project)).toEqual(['front', 'back']);
    expect(project.steps.filter((s) => s.laneId === 'front').map((s) => s.id)).toEqual([
      'enter',
      'basket',
      'browse',
      'ask',
      'queue',
      'checkout',
      'exit',
      'note',
    ]);
    // "enter" had no step below it in the arrive column of the front lane, so it keeps its place.
    expect(stepOf(project, 'enter').position).toEqual({ x: 40, y: 40 });
  });

  it('removeLane refuses unknown lanes', () => {
    const p = supermarket();
    const result = applyCommand(p, { type: 'removeLane', laneId: 'ghost' });
    expect(result.rejected).toBe('not-found');
    expect(result.project).toBe(p);
  });
});

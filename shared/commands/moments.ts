/** Handlers for contact moments: switching a step to a moment, annotating it, and its measures. */
import type { Draft } from 'immer';
import { carryDots, TARGET_KIND } from './voting';
import { defaultMoment } from '../model/defaults';
import { SERVQUAL_DIMENSIONS, measureSchema, momentSchema, standardSchema } from '../model/schema';
import { momentOnScale } from '../model/servqualScale';
import type { Moment, Project } from '../model/types';
import {
  NOTHING,
  given,
  indexById,
  isIndexIn,
  isPlainObject,
  maxItems,
  moved,
  parseWith,
  type Handler,
  type Handlers,
  type Plan,
  type Recipe,
} from './internal';

const MEASURE_LIMIT = maxItems(standardSchema.shape.measures);

/**
 * Merge `changes` into `base` the way `updateMoment` documents: objects deeply,
 * everything else (numbers, null, arrays) replaced. Keys the base does not have are
 * ignored, so a stray `__proto__` or a misspelt field cannot enter the document.
 */
export function mergeDeep(base: unknown, changes: unknown): unknown {
  if (changes === undefined) return base;
  if (!isPlainObject(base) || !isPlainObject(changes)) return changes;
  const out: Record<string, unknown> = { ...base };
  for (const key of Object.keys(changes)) {
    if (Object.hasOwn(base, key)) out[key] = mergeDeep(base[key], changes[key]);
  }
  return out;
}

/** Write into the draft only the leaves `changes` names, taking their validated values from `source`. */
function assignDeep(
  target: Record<string, unknown>,
  changes: Record<string, unknown>,
  source: Record<string, unknown>,
) {
  for (const key of Object.keys(changes)) {
    if (!Object.hasOwn(source, key) || changes[key] === undefined) continue;
    const child = target[key];
    const sourceChild = source[key];
    if (isPlainObject(changes[key]) && isPlainObject(child) && isPlainObject(sourceChild)) {
      assignDeep(child, changes[key], sourceChild);
    } else if (!Object.is(child, sourceChild)) {
      target[key] = sourceChild;
    }
  }
}

/**
 * The moment with its optional keys spelt out (`respondents: null` on a SERVQUAL entry that
 * has none), so a change may set them: `mergeDeep` only takes keys the base already has.
 */
function withOptionalKeys(moment: Moment): Moment {
  const servqual = { ...moment.servqual };
  for (const dim of SERVQUAL_DIMENSIONS) servqual[dim] = { respondents: null, ...servqual[dim] };
  return { ...moment, servqual };
}

/** Find a step that is a contact moment, then build the recipe from its index and moment. */
function withMoment(project: Project, stepId: string, plan: (index: number, moment: Moment) => Plan): Plan {
  const index = indexById(project.steps, stepId);
  if (index < 0) return 'not-found';
  const moment = project.steps[index].moment;
  if (!moment) return 'no-moment';
  return plan(index, moment);
}

/** Run `edit` on the draft moment of step `index`; the handler has already checked it exists. */
function onMoment(index: number, edit: (moment: Draft<Moment>) => void): Recipe {
  return (d) => {
    const moment = d.steps[index].moment;
    if (moment) edit(moment);
  };
}

const setContactMoment: Handler<'setContactMoment'> = (project, { stepId, on }) => {
  const index = indexById(project.steps, stepId);
  if (index < 0) return 'not-found';
  const has = project.steps[index].moment !== undefined;
  if (has === on) return NOTHING;
  // Switching off drops every annotation; the inverse patch carries them back on undo.
  return (d) => {
    if (on) d.steps[index].moment = defaultMoment();
    else delete d.steps[index].moment;
  };
};

const updateMoment: Handler<'updateMoment'> = (project, { stepId, changes }) =>
  withMoment(project, stepId, (index, moment) => {
    if (!isPlainObject(changes)) return 'invalid-value';
    // Out-of-range values (likelihood 6, valence 2, a 20 000-character note) refuse the whole command.
    const valid = parseWith(momentSchema, mergeDeep(withOptionalKeys(moment), changes));
    if (!valid) return 'invalid-value';
    // A score must lie on the project's own scale (a 6 is refused on 1-5).
    if (!momentOnScale(valid, project.servqualScale)) return 'invalid-value';
    // An item of the pain points or opportunities edited in place takes its voting dots along.
    const carries = (['painPoints', 'opportunities'] as const).flatMap((list) => {
      const carry = carryDots(project, stepId, TARGET_KIND[list], moment[list], valid[list]);
      return carry ? [carry] : [];
    });
    const edit = onMoment(index, (m) => assignDeep(m as Record<string, unknown>, changes, valid));
    if (!carries.length) return edit;
    return (d) => {
      edit(d);
      for (const carry of carries) carry(d);
    };
  });

const addMeasure: Handler<'addMeasure'> = (project, { stepId, measure: input, index }) =>
  withMoment(project, stepId, (stepIndex, moment) => {
    const measures = moment.standard.measures;
    const measure = parseWith(measureSchema, input);
    if (!measure) return 'invalid-value';
    if (indexById(measures, measure.id) >= 0) return 'duplicate-id';
    if (measures.length >= MEASURE_LIMIT) return 'too-many';
    const at = index ?? measures.length;
    if (!isIndexIn(at, measures.length)) return 'invalid-value';
    return onMoment(stepIndex, (m) => {
      m.standard.measures.splice(at, 0, measure);
    });
  });

const updateMeasure: Handler<'updateMeasure'> = (project, { stepId, measureId, changes }) =>
  withMoment(project, stepId, (stepIndex, moment) => {
    const at = indexById(moment.standard.measures, measureId);
    if (at < 0) return 'not-found';
    const fields = given(changes, ['text', 'done']);
    const valid = parseWith(measureSchema, { ...moment.standard.measures[at], ...fields });
    if (!valid) return 'invalid-value';
    return onMoment(stepIndex, (m) => {
      const measure = m.standard.measures[at];
      if (fields.text !== undefined) measure.text = valid.text;
      if (fields.done !== undefined) measure.done = valid.done;
    });
  });

const removeMeasure: Handler<'removeMeasure'> = (project, { stepId, measureId }) =>
  withMoment(project, stepId, (stepIndex, moment) => {
    const at = indexById(moment.standard.measures, measureId);
    if (at < 0) return 'not-found';
    return onMoment(stepIndex, (m) => {
      m.standard.measures.splice(at, 1);
    });
  });

const moveMeasure: Handler<'moveMeasure'> = (project, { stepId, from, to }) =>
  withMoment(project, stepId, (stepIndex, moment) => {
    const measures = moment.standard.measures;
    if (!isIndexIn(from, measures.length - 1) || !isIndexIn(to, measures.length - 1)) return 'invalid-value';
    if (from === to) return NOTHING;
    const next = moved(measures, from, to);
    return onMoment(stepIndex, (m) => {
      m.standard.measures = next;
    });
  });

export const momentHandlers = {
  setContactMoment,
  updateMoment,
  addMeasure,
  updateMeasure,
  removeMeasure,
  moveMeasure,
} satisfies Partial<Handlers>;

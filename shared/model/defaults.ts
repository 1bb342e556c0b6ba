import { SCHEMA_VERSION } from './schema';
import { defaultRows } from './rows';
import type { Moment, Project, Sense, Servqual, ServqualWeights, Step } from './types';

/**
 * The app that writes files (stored as `writtenBy`). Kept in step with package.json by hand:
 * shared/ cannot read package.json at run time; a build step may inject it instead.
 */
export const APP_INFO = { app: 'Touchmap', version: '0.1.0' } as const;

/** Commonly cited average importance of the five SERVQUAL dimensions. */
export const DEFAULT_SERVQUAL_WEIGHTS: ServqualWeights = {
  reliability: 0.32,
  responsiveness: 0.22,
  assurance: 0.19,
  empathy: 0.16,
  tangibles: 0.11,
};

export function defaultSense(): Sense {
  return { engaged: false, valence: 0, note: '' };
}

export function defaultServqual(): Servqual {
  const entry = () => ({ expectation: null, perception: null });
  return {
    tangibles: entry(),
    reliability: entry(),
    responsiveness: entry(),
    assurance: entry(),
    empathy: entry(),
    evidence: 'assumed',
  };
}

export function defaultMoment(): Moment {
  return {
    momentOfTruth: false,
    channel: 'in person',
    actor: '',
    senses: {
      sight: defaultSense(),
      hearing: defaultSense(),
      smell: defaultSense(),
      taste: defaultSense(),
      touch: defaultSense(),
    },
    risk: { likelihood: null, impact: null, description: '', mitigation: '' },
    emotion: null,
    servqual: defaultServqual(),
    standard: { ordinary: '', quality: '', measures: [] },
    waitSeconds: null,
    painPoints: [],
    opportunities: [],
    notes: '',
  };
}

export function defaultStep(fields: Pick<Step, 'id' | 'stageId'> & Partial<Step>): Step {
  return {
    title: 'New step',
    description: '',
    kind: 'step',
    position: { x: 0, y: 0 },
    ...fields,
  };
}

/** A project with nothing in it but one stage, ready to draw on. */
export function blankProject(fields: { id: string; name: string; now: string }): Project {
  return {
    schemaVersion: SCHEMA_VERSION,
    writtenBy: { ...APP_INFO },
    id: fields.id,
    name: fields.name,
    description: '',
    createdAt: fields.now,
    updatedAt: fields.now,
    stages: [{ id: 'stage-1', name: 'Stage 1' }],
    lanes: [],
    steps: [],
    flows: [],
    personas: [],
    servqualWeights: { ...DEFAULT_SERVQUAL_WEIGHTS },
    servqualScale: 7,
    rows: defaultRows(),
  };
}

/** Handlers for the project itself (its personas: ./personas.ts). */
import { SERVQUAL_DIMENSIONS, SERVQUAL_SCALES, projectSchema, servqualWeightsSchema } from '../model/schema';
import { SERVQUAL_SCORE_FIELDS, convertScore } from '../model/servqualScale';
import { NOTHING, given, parseWith, type Handler, type Handlers } from './internal';

const renameProject: Handler<'renameProject'> = (_project, { name }) => {
  const valid = parseWith(projectSchema.shape.name, name);
  if (valid === null) return 'invalid-value';
  return (d) => {
    d.name = valid;
  };
};

const updateProject: Handler<'updateProject'> = (project, { changes }) => {
  const { description, servqualWeights } = given(changes, ['description', 'servqualWeights']);
  const validDescription =
    description === undefined ? undefined : parseWith(projectSchema.shape.description, description);
  if (validDescription === null) return 'invalid-value';
  const weightChanges = servqualWeights
    ? given(servqualWeights, Object.keys(project.servqualWeights) as (keyof typeof servqualWeights)[])
    : {};
  const weights = parseWith(servqualWeightsSchema, { ...project.servqualWeights, ...weightChanges });
  if (!weights) return 'invalid-value';
  if (validDescription === undefined && Object.keys(weightChanges).length === 0) return NOTHING;
  return (d) => {
    if (validDescription !== undefined) d.description = validDescription;
    for (const key of Object.keys(weightChanges) as (keyof typeof weights)[]) d.servqualWeights[key] = weights[key];
  };
};

const setServqualScale: Handler<'setServqualScale'> = (project, { scale }) => {
  if (!(SERVQUAL_SCALES as readonly unknown[]).includes(scale)) return 'invalid-value';
  const from = project.servqualScale;
  if (scale === from) return NOTHING;
  // One recipe, so the scale and every converted score are one undo step.
  return (d) => {
    d.servqualScale = scale;
    for (const step of d.steps) {
      const servqual = step.moment?.servqual;
      if (!servqual) continue;
      for (const dim of SERVQUAL_DIMENSIONS) {
        for (const field of SERVQUAL_SCORE_FIELDS) {
          const value = servqual[dim][field];
          if (value !== null) servqual[dim][field] = convertScore(value, from, scale);
        }
      }
    }
  };
};

export const projectHandlers = {
  renameProject,
  updateProject,
  setServqualScale,
} satisfies Partial<Handlers>;

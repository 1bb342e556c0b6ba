/** Handlers for the project itself (its personas: ./personas.ts). */
import { projectSchema, servqualWeightsSchema } from '../model/schema';
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

export const projectHandlers = {
  renameProject,
  updateProject,
} satisfies Partial<Handlers>;

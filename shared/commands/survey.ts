/** Handler for applying an imported survey: keep its data, write its means into the mapped moments. */
import { projectSchema, SERVQUAL_DIMENSIONS, surveySchema } from '../model/schema';
import { computeSurvey } from '../survey/compute';
import { importanceWeights, momentEntries, projectScale } from '../survey/survey';
import { indexById, maxItems, parseWith, type Handler, type Handlers } from './internal';

const SURVEY_LIMIT = maxItems(projectSchema.shape.surveys.unwrap());

/**
 * Keep the survey (replacing one with the same id), compute it with the project's weights,
 * write each mapped moment's dimension means (expectation, perception, respondents) and mark
 * its SERVQUAL evidence measured; with `useImportanceWeights`, the respondents' mean
 * importance points become the project's weights. Refused when the survey does not compute
 * (a bad cell, a missing column) or is on another scale than the project: nothing changes.
 */
const applySurvey: Handler<'applySurvey'> = (project, { survey: input, useImportanceWeights }) => {
  const survey = parseWith(surveySchema, input);
  if (!survey) return 'invalid-value';
  if (survey.scale !== projectScale(project)) return 'invalid-value';
  const computed = computeSurvey(survey, project.servqualWeights);
  if (!computed.ok) return 'invalid-value';
  const weights = useImportanceWeights ? importanceWeights(computed.result) : null;
  if (useImportanceWeights && !weights) return 'invalid-value';
  const existing = indexById(project.surveys ?? [], survey.id);
  if (existing < 0 && (project.surveys?.length ?? 0) >= SURVEY_LIMIT) return 'too-many';
  const entries = momentEntries(computed.result);
  return (d) => {
    d.surveys ??= [];
    if (existing >= 0) d.surveys[existing] = survey;
    else d.surveys.push(survey);
    for (const step of d.steps) {
      const moment = step.moment;
      const mine = entries[step.id];
      if (!moment || !mine) continue;
      for (const dim of SERVQUAL_DIMENSIONS) {
        const e = mine[dim];
        if (!e) continue;
        moment.servqual[dim] = {
          expectation: e.expectation,
          perception: e.perception,
          respondents: e.respondents && e.respondents >= 1 ? e.respondents : null,
        };
      }
      moment.servqual.evidence = 'measured';
    }
    if (weights) d.servqualWeights = weights;
  };
};

export const surveyHandlers = { applySurvey } satisfies Partial<Handlers>;

/**
 * How test/fixtures/v4/full.touchmap was made (once, with format 4's own code; the file is
 * frozen and never regenerated, as every fixture): the supermarket template, then every
 * format-4 field set through the app's commands and survey import: personas with goals,
 * per-persona emotion and thoughts, metrics of every kind with all their fields, a survey in
 * the statements layout (decimal means on a 1-5 scale with respondents), and a second journey
 * state edited apart from the first.
 *
 * To make it again for a NEW format (never to overwrite the v4 file):
 *   WRITE_FIXTURE=<path> npx vitest run test/support/fullV4.make.test.ts
 */
import { applyCommand, type Command } from '../../shared/commands';
import { serializeProject } from '../../shared/formats/touchmapFile';
import { newMetric, type Project } from '../../shared/model';
import { makeSurvey } from '../../shared/survey/survey';
import { parseCsv } from '../../shared/survey/table';
import { buildTemplate } from '../../shared/templates';

const NOW = '2026-11-28T12:00:00.000Z';

/** Statement means on a 1-5 scale over their respondents (one row per statement). */
const STATEMENTS_CSV = [
  'statement,dimension,E,P,n',
  'The queue moves quickly,responsiveness,4.21,3.87,150',
  'Staff are willing to help,responsiveness,4.4,3.52,148',
  'The shop is clean and tidy,tangibles,4.05,4.12,150',
  'Prices at the till match the shelf,reliability,4.72,4.31,149',
].join('\n');

function apply(project: Project, commands: Command[]): Project {
  let p = project;
  for (const command of commands) {
    const result = applyCommand(p, command);
    if (result.rejected) throw new Error(`${command.type}: ${result.rejected}`);
    p = result.project;
  }
  return p;
}

export function buildFullV4(): string {
  let p = buildTemplate('supermarket', { id: 'p-full-v4', name: 'Supermarket, every format-4 field', now: NOW });
  p = apply(p, [
    { type: 'setServqualScale', scale: 5 },
    { type: 'addLane', lane: { id: 'ln-customer', name: 'Customer' } },
    { type: 'addLane', lane: { id: 'ln-staff', name: 'Staff' } },
    { type: 'updateStep', stepId: 'sm-ask-help', changes: { laneId: 'ln-staff' } },
    {
      type: 'updatePersona',
      personaId: 'sm-persona-cyclist',
      changes: { goals: ['Be in and out within fifteen minutes', 'Park the bike safely'] },
    },
    {
      type: 'addPersona',
      persona: {
        id: 'sm-persona-family',
        name: 'Parent with children',
        customerType: 'talker',
        description: 'Shops on Saturday with two children',
        goals: ['Keep the children busy', 'One trip for the whole week'],
      },
    },
    { type: 'setPersonaOverride', stepId: 'sm-queue', personaId: 'sm-persona-complainer', emotion: -2 },
    {
      type: 'setPersonaOverride',
      stepId: 'sm-queue',
      personaId: 'sm-persona-family',
      emotion: -1,
      thoughts: ['The children want sweets at the till', 'Why is only one till open?'],
    },
    {
      type: 'setPersonaOverride',
      stepId: 'sm-browse',
      personaId: 'sm-persona-cyclist',
      thoughts: ['Will it all fit in the bag?'],
    },
    {
      type: 'addMetric',
      stepId: 'sm-queue',
      metric: {
        ...newMetric('m-queue-wait', 'waitTime', 'min'),
        value: 6.5,
        target: 3,
        source: 'Queue system',
        date: '2026-10-31',
        evidence: 'measured',
      },
    },
    {
      type: 'addMetric',
      stepId: 'sm-queue',
      metric: {
        ...newMetric('m-queue-csat', 'csat'),
        name: 'CSAT (till)',
        value: 3.9,
        target: 4.5,
        evidence: 'observed',
      },
    },
    {
      type: 'addMetric',
      stepId: 'sm-pay-step',
      metric: { ...newMetric('m-pay-nps', 'nps'), value: -12, target: 10, source: 'Exit survey', date: '2026-11-01' },
    },
    {
      type: 'addMetric',
      stepId: 'sm-pay-step',
      metric: { ...newMetric('m-pay-ces', 'ces'), value: 5.2, target: 5, direction: 'higher' },
    },
    {
      type: 'addMetric',
      stepId: 'sm-enter-store',
      metric: { ...newMetric('m-enter-conv', 'conversion', '%'), value: 62, target: 60, evidence: 'measured' },
    },
    {
      type: 'addMetric',
      stepId: 'sm-ride-there',
      metric: { ...newMetric('m-ride-kpi', 'custom', 'bikes'), name: 'Free bike stands', value: 4, target: null },
    },
  ]);

  // The survey, through the import's own reading and the applySurvey command.
  const table = parseCsv(STATEMENTS_CSV);
  if (!table.ok) throw new Error('survey csv');
  const dims = ['responsiveness', 'responsiveness', 'tangibles', 'reliability'] as const;
  const moments = [['sm-queue'], ['sm-ask-help'], ['sm-enter-store', 'sm-browse'], ['sm-pay-step']];
  const survey = makeSurvey(
    table.table,
    {
      layout: 'statements',
      statements: dims.map((dimension, row) => ({
        id: `st-${row + 1}`,
        label: table.table.rows[row][0],
        dimension,
        stepIds: moments[row],
        reversed: false,
        expectation: null,
        perception: null,
        row,
      })),
      importance: { tangibles: null, reliability: null, responsiveness: null, assurance: null, empathy: null },
      columns: { expectation: 'E', perception: 'P', respondents: 'n' },
    },
    { id: 'sv-exit-2026', name: 'Exit survey 2026', fileName: 'exit-survey.csv', importedAt: NOW, scale: 5 },
  );
  p = apply(p, [{ type: 'applySurvey', survey, useImportanceWeights: false }]);

  // A second journey state, the target, edited apart from today's.
  p = apply(p, [
    { type: 'duplicateState', stateId: 'st-future', name: 'Future', current: { id: 'st-today', name: 'Today' } },
    { type: 'updateStep', stepId: 'sm-queue', changes: { title: 'Self-scan and go' } },
    { type: 'updateMoment', stepId: 'sm-queue', changes: { emotion: 1 } },
    { type: 'updateMetric', stepId: 'sm-queue', metricId: 'm-queue-wait', changes: { value: 1.5 } },
    { type: 'removeSelection', stepIds: ['sm-directions'], flowIds: [] },
    { type: 'switchState', stateId: 'st-today' },
  ]);
  return serializeProject({ ...p, updatedAt: NOW });
}

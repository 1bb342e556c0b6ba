/**
 * An incoming phone call, as DOMAIN.md's phone rules describe it: answer, greet, help,
 * hold or transfer or take a message, close. The measures are the call checklist.
 */
import type { Project } from '../model/types';
import type { FlowSpec, StepSpec, TemplateFields } from './build';
import { assemble, chain } from './build';
import { templateText } from './locales';
import type { TemplateContent } from './text';
import { translateContent } from './text';

const STAGES = [
  { id: 'pc-answer', name: 'Answer' },
  { id: 'pc-help', name: 'Find the need' },
  { id: 'pc-route', name: 'Hold, transfer or message' },
  { id: 'pc-close', name: 'Close' },
];

const STEPS: StepSpec[] = [
  {
    id: 'pc-ring',
    stageId: 'pc-answer',
    col: 0,
    kind: 'start',
    title: 'Phone rings',
    description: 'A customer calls.',
  },
  {
    id: 'pc-pick-up',
    stageId: 'pc-answer',
    col: 1,
    title: 'Answer within three rings',
    description: 'Callers do not like to wait: pick up before the third ring ends.',
    moment: {
      momentOfTruth: true,
      channel: 'phone',
      actor: 'Operator',
      senses: { hearing: [0, 'Ringing tone, then a live voice'] },
      risk: {
        likelihood: 3,
        impact: 4,
        description: 'Nobody answers or the caller waits too long and hangs up.',
        mitigation: 'Forward the line when away from the desk; a colleague covers breaks.',
      },
      emotion: 0,
      servqual: { responsiveness: [6, 4] },
      standard: {
        ordinary: 'Calls are answered quickly.',
        quality: 'Every call is answered within three rings.',
        measures: ['Phone answered within three rings'],
      },
    },
  },
  {
    id: 'pc-greet',
    stageId: 'pc-answer',
    col: 2,
    title: 'Greet and name yourself',
    description:
      'Direct line: "Hello, this is X." Switchboard: "Hello, X company." Department: "Hello, X department, Y speaking."',
    moment: {
      channel: 'phone',
      actor: 'Operator',
      senses: { hearing: [1, 'Warm tone, clear name'] },
      emotion: 1,
      servqual: { assurance: [6, 6], empathy: [5, 5] },
      standard: {
        ordinary: 'Staff are polite on the phone.',
        quality: 'The operator greets the caller and gives their name or department in the first sentence.',
        measures: ['Caller greeted politely', 'Operator named themselves or the department'],
      },
    },
  },
  {
    id: 'pc-ask',
    stageId: 'pc-help',
    col: 0,
    title: 'Ask how you can help',
    description: 'Let the caller explain; listen to the facts and to the feelings.',
    moment: {
      channel: 'phone',
      actor: 'Operator',
      senses: { hearing: [1, 'Caller feels listened to'] },
      emotion: 1,
      servqual: { responsiveness: [6, 5], empathy: [6, 5] },
      standard: {
        quality: 'The operator asks an open question and lets the caller finish.',
        measures: ['Open question asked'],
      },
    },
  },
  {
    id: 'pc-use-name',
    stageId: 'pc-help',
    col: 1,
    title: "Use the caller's name",
    description: 'Ask for the name and use it during the call.',
    moment: {
      channel: 'phone',
      actor: 'Operator',
      emotion: 1,
      servqual: { empathy: [5, 6] },
      standard: { measures: ["Caller's name used at least once"] },
    },
  },
  {
    id: 'pc-decide',
    stageId: 'pc-help',
    col: 2,
    kind: 'decision',
    title: 'Can you solve it now?',
    description: 'Solve it on the spot, check something on hold, transfer, or take a message.',
  },
  {
    id: 'pc-hold',
    stageId: 'pc-route',
    col: 0,
    title: 'Put the caller on hold',
    description: 'Ask permission, give the reason, wait for the answer, thank them.',
    moment: {
      channel: 'phone',
      actor: 'Operator',
      senses: { hearing: [-1, 'Hold music loops too often'] },
      risk: {
        likelihood: 3,
        impact: 3,
        description: 'Caller left on hold without knowing why or for how long.',
        mitigation: 'Come back every 30 seconds with news or a choice to be called back.',
      },
      emotion: -1,
      servqual: { responsiveness: [6, 4] },
      waitSeconds: 60,
      standard: {
        ordinary: 'Callers are not kept waiting long.',
        quality: 'Before a hold the operator asks permission and gives the reason; after it, thanks the caller.',
        measures: ['Permission asked before the hold', 'Reason for the hold given', 'Caller thanked for waiting'],
      },
    },
  },
  {
    id: 'pc-transfer',
    stageId: 'pc-route',
    col: 1,
    title: 'Transfer the call',
    description: "Explain why and to whom; make sure someone answers; pass on the caller's name and topic.",
    moment: {
      momentOfTruth: true,
      channel: 'phone',
      actor: 'Operator',
      risk: {
        likelihood: 3,
        impact: 4,
        description: 'The transfer fails and the caller has to start again.',
        mitigation: 'Stay on the line until the colleague answers; pass on name and topic.',
      },
      emotion: 0,
      servqual: { reliability: [6, 4], responsiveness: [6, 5] },
      standard: {
        ordinary: 'Calls reach the right person.',
        quality: 'The caller knows who the call goes to and never repeats the question.',
        measures: [
          'Said who the call goes to',
          'Transfer kept short',
          "Caller's name and topic passed on",
          'Apologised when a transfer failed',
        ],
      },
    },
  },
  {
    id: 'pc-message',
    stageId: 'pc-route',
    col: 1,
    row: 1,
    title: 'Take a message',
    description: 'Record name, number, reason, time and date, and who was wanted.',
    moment: {
      channel: 'phone',
      actor: 'Operator',
      risk: {
        likelihood: 2,
        impact: 4,
        description: 'The message is incomplete or never reaches the colleague.',
        mitigation: 'Use a message form with every field; the colleague confirms receipt.',
      },
      emotion: -1,
      servqual: { reliability: [6, 5] },
      standard: {
        ordinary: 'Messages are passed on.',
        quality: 'Every message is complete and returned by the end of the next working day.',
        measures: [
          'Name, number, reason, time and date, and who was wanted recorded',
          'Message returned by the end of the next working day',
        ],
      },
    },
  },
  {
    id: 'pc-end-call',
    stageId: 'pc-close',
    col: 0,
    title: 'End the call',
    description: 'Repeat the agreed actions, ask if there is anything else, thank the caller, let them hang up first.',
    moment: {
      channel: 'phone',
      actor: 'Operator',
      senses: { hearing: [1, 'Caller thanked by name'] },
      emotion: 1,
      servqual: { reliability: [6, 6], empathy: [5, 5] },
      standard: {
        ordinary: 'Calls end politely.',
        quality: 'The operator repeats what was agreed, thanks the caller and lets them hang up first.',
        measures: [
          'Agreed actions repeated',
          'Asked if there is anything else',
          'Caller thanked',
          'Caller hung up first',
        ],
      },
    },
  },
  {
    id: 'pc-note',
    stageId: 'pc-close',
    col: 1,
    title: 'Note what matters',
    description: 'Right after the call, write down what was agreed.',
  },
  {
    id: 'pc-call-back',
    stageId: 'pc-close',
    col: 1,
    row: 1,
    title: 'Call back at the agreed time',
    description: 'When a call back was promised, keep the time.',
    moment: {
      momentOfTruth: true,
      channel: 'phone',
      actor: 'Colleague who was wanted',
      emotion: 1,
      servqual: { reliability: [7, 5] },
      standard: {
        quality: 'Every promised call back happens at the agreed time.',
        measures: ['Customer called back at the agreed time'],
      },
    },
  },
  {
    id: 'pc-done',
    stageId: 'pc-close',
    col: 2,
    kind: 'end',
    title: 'Call closed',
    description: 'The caller has what they needed.',
  },
];

const FLOWS: FlowSpec[] = [
  ...chain([
    'pc-ring',
    'pc-pick-up',
    'pc-greet',
    'pc-ask',
    'pc-use-name',
    'pc-decide',
    'pc-end-call',
    'pc-note',
    'pc-done',
  ]),
  ['pc-decide', 'pc-hold', 'alternative', 'Needs checking'],
  ['pc-hold', 'pc-decide', 'alternative', 'Back with an answer'],
  ['pc-decide', 'pc-transfer', 'alternative', 'Someone else can help'],
  ['pc-transfer', 'pc-end-call', 'alternative', 'Colleague answers'],
  ['pc-transfer', 'pc-message', 'failure', 'Nobody answers'],
  ['pc-decide', 'pc-message', 'alternative', 'Colleague away'],
  ['pc-message', 'pc-end-call', 'alternative'],
  ['pc-note', 'pc-call-back', 'alternative', 'Call back promised'],
  ['pc-call-back', 'pc-done', 'alternative'],
];

/** The structure with its English text; other languages' texts are in ./locales. */
export const PHONE_CALL: TemplateContent = {
  description: 'An incoming call handled by the phone rules: answer, greet, help, hold or transfer, close.',
  stages: STAGES,
  steps: STEPS,
  flows: FLOWS,
};

export function phoneCallTemplate(fields: TemplateFields): Project {
  return assemble(fields, translateContent(PHONE_CALL, templateText('phone-call', fields.language)));
}

/**
 * An incoming phone call, as DOMAIN.md's phone rules describe it: answer, greet, help,
 * hold or transfer or take a message, close. The measures are the call checklist.
 *
 * The journey-map notes (thoughts, pain points, opportunities) are taken from the seeds where a
 * comment names one (seed 000 Hungarian, 001 Lithuanian, 002 Chinese, 003 Estonian; see
 * DOMAIN.md); the others restate the template's own annotations (its sense notes, risks, persona).
 * A figure in a note is the template's own, never an invented statistic.
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
    thoughts: [
      // seed 002: callers do not like to wait
      'I hope someone answers quickly.',
    ],
  },
  {
    id: 'pc-pick-up',
    stageId: 'pc-answer',
    col: 1,
    title: 'Answer within three rings',
    description: 'Callers do not like to wait: pick up before the third ring ends.',
    thoughts: ['Three rings… four… is anyone there?'],
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
      painPoints: [
        // seed 002: pick up before the third ring; callers do not like to wait
        'The phone rings on and nobody answers',
      ],
      opportunities: [
        // seed 002: when away from the phone for a long time, forward it
        'Forward the phone when away from the desk for long',
      ],
    },
  },
  {
    id: 'pc-greet',
    stageId: 'pc-answer',
    col: 2,
    title: 'Greet and name yourself',
    description:
      'Direct line: "Hello, this is X." Switchboard: "Hello, X company." Department: "Hello, X department, Y speaking."',
    thoughts: ["Good: I know who I'm speaking to."],
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
      painPoints: [
        // seed 002: greet, then name yourself, the company or the department
        'A bare "Hello?" that names no one',
      ],
      opportunities: [
        // seed 002: keep a cheerful tone all through the call
        'A cheerful tone all through the call',
      ],
    },
  },
  {
    id: 'pc-ask',
    stageId: 'pc-help',
    col: 0,
    title: 'Ask how you can help',
    description: 'Let the caller explain; listen to the facts and to the feelings.',
    thoughts: ['Let me explain the whole story.'],
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
      painPoints: [
        // seed 002: never make the customer repeat what they have said
        'Having to say the same thing twice',
      ],
      opportunities: [
        // seed 001: an upset customer sends two messages, the facts and the feelings
        'Listen for the feelings as well as the facts',
        // seed 002: after talking for a while, pick out the main points and say them back
        'After a while, sum up the main points',
      ],
    },
  },
  {
    id: 'pc-use-name',
    stageId: 'pc-help',
    col: 1,
    title: "Use the caller's name",
    description: 'Ask for the name and use it during the call.',
    thoughts: [
      // seed 003: the receptionist who remembers your name
      'She remembered my name.',
    ],
    moment: {
      channel: 'phone',
      actor: 'Operator',
      emotion: 1,
      servqual: { empathy: [5, 6] },
      standard: { measures: ["Caller's name used at least once"] },
      opportunities: [
        // seed 002: ask for the name and use it; it helps build a friendly relationship
        "Use the caller's name: it builds a friendly relationship",
      ],
    },
  },
  {
    id: 'pc-decide',
    stageId: 'pc-help',
    col: 2,
    kind: 'decision',
    title: 'Can you solve it now?',
    description: 'Solve it on the spot, check something on hold, transfer, or take a message.',
    thoughts: ['Can they sort it out now?'],
  },
  {
    id: 'pc-hold',
    stageId: 'pc-route',
    col: 0,
    title: 'Put the caller on hold',
    description: 'Ask permission, give the reason, wait for the answer, thank them.',
    thoughts: ['How long am I going to wait?'],
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
      painPoints: [
        // seed 002: ask whether the customer can wait, give the reason, wait for the answer
        'Put on hold without being asked',
      ],
      opportunities: [
        // seed 002's own example: wait two or three minutes, or be called back
        'Offer a choice: hold for two or three minutes, or a call back',
      ],
    },
  },
  {
    id: 'pc-transfer',
    stageId: 'pc-route',
    col: 1,
    title: 'Transfer the call',
    description: "Explain why and to whom; make sure someone answers; pass on the caller's name and topic.",
    thoughts: ["Please don't cut me off."],
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
      painPoints: [
        // seed 002: pass on the caller's name and topic; never make the customer repeat
        'Telling the whole story again after a transfer',
      ],
      opportunities: [
        // seed 002: make sure someone answers before you hang up
        'Stay on the line until the colleague answers',
      ],
    },
  },
  {
    id: 'pc-message',
    stageId: 'pc-route',
    col: 1,
    row: 1,
    title: 'Take a message',
    description: 'Record name, number, reason, time and date, and who was wanted.',
    thoughts: ['Will anyone really call me back?'],
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
      painPoints: [
        // seed 002: if possible, say roughly when the colleague will be back
        'Not told when the colleague will be back',
      ],
      opportunities: [
        // seed 002: explain the absence positively; say the person is out before asking the caller's name
        'Before asking the name, say the colleague is out and why, put positively',
      ],
    },
  },
  {
    id: 'pc-end-call',
    stageId: 'pc-close',
    col: 0,
    title: 'End the call',
    description: 'Repeat the agreed actions, ask if there is anything else, thank the caller, let them hang up first.',
    thoughts: [
      // seed 002: repeat the agreed actions so you and the customer agree
      'Good, we agree on what happens next.',
    ],
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
      painPoints: [
        // seed 002: let the caller hang up first
        'Hung up on before finishing',
      ],
      opportunities: [
        // seed 002: thank the caller, and let them know you value the problem they raised
        'Thank the caller for raising the problem',
      ],
    },
  },
  {
    id: 'pc-note',
    stageId: 'pc-close',
    col: 1,
    title: 'Note what matters',
    description: 'Right after the call, write down what was agreed.',
    thoughts: ['I hope they wrote it down.'],
  },
  {
    id: 'pc-call-back',
    stageId: 'pc-close',
    col: 1,
    row: 1,
    title: 'Call back at the agreed time',
    description: 'When a call back was promised, keep the time.',
    thoughts: ['They called when they said they would.'],
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
      painPoints: [
        // seed 002's measure: was the customer called back at the agreed time?
        'Waiting in for a call back that never comes',
      ],
      opportunities: [
        // seed 002 (trustworthy): do what you say, on time
        'Do what was said: call at the agreed time, even without news',
      ],
    },
  },
  {
    id: 'pc-done',
    stageId: 'pc-close',
    col: 2,
    kind: 'end',
    title: 'Call closed',
    description: 'The caller has what they needed.',
    thoughts: ['That was easy.'],
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
  personas: [
    {
      id: 'pc-persona-angry',
      name: 'Angry caller',
      customerType: 'angry',
      description: 'Calls about a wrong invoice for the second time and wants it solved on this call.',
      goals: ['Get the invoice corrected today'],
    },
    {
      id: 'pc-persona-talker',
      name: 'Talkative caller',
      customerType: 'talker',
      description: 'Calls with a simple question and likes to chat; the call runs long if nobody steers it.',
      goals: ['A friendly word as well as an answer'],
    },
  ],
  // Waiting and being passed on hurt the angry caller most; the talker enjoys the conversation.
  personaEmotions: {
    'pc-persona-angry': {
      'pc-pick-up': -2,
      'pc-greet': -1,
      'pc-ask': 0,
      'pc-use-name': 0,
      'pc-hold': -2,
      'pc-transfer': -2,
      'pc-message': -2,
      'pc-end-call': 0,
    },
    'pc-persona-talker': { 'pc-greet': 2, 'pc-ask': 2, 'pc-hold': 0, 'pc-message': 0 },
  },
};

export function phoneCallTemplate(fields: TemplateFields): Project {
  return assemble(fields, translateContent(PHONE_CALL, templateText('phone-call', fields.language)));
}

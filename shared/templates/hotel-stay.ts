/**
 * A hotel stay as a service blueprint: what the guest does (customer), what staff do in
 * view (front stage), out of view (back stage) and the systems behind them (support processes).
 * Built from DOMAIN.md's hotel details: booking accuracy, the entrance, the greeting, the
 * manager's letter, flowers and fruit, the turned-down bed, the wake-up call, the meal, a complaint.
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
  { id: 'ht-book', name: 'Book' },
  { id: 'ht-arrive', name: 'Arrive' },
  { id: 'ht-settle', name: 'Settle in' },
  { id: 'ht-night', name: 'Night and morning' },
  { id: 'ht-dine', name: 'Dine' },
  { id: 'ht-depart', name: 'Depart' },
];

const CUSTOMER = 'ht-lane-customer';
const FRONT = 'ht-lane-front';
const BACK = 'ht-lane-back';
const SUPPORT = 'ht-lane-support';

const LANES = [
  { id: CUSTOMER, name: 'Customer' },
  { id: FRONT, name: 'Front stage' },
  { id: BACK, name: 'Back stage' },
  { id: SUPPORT, name: 'Support processes' },
];

const STEPS: StepSpec[] = [
  {
    id: 'ht-start',
    stageId: 'ht-book',
    laneId: CUSTOMER,
    col: 0,
    kind: 'start',
    title: 'Plan a trip',
    thoughts: ['Two nights of meetings, and an early flight home.'],
  },
  {
    id: 'ht-book-room',
    stageId: 'ht-book',
    laneId: CUSTOMER,
    col: 1,
    title: 'Book a room',
    description: 'Books two nights on the hotel website.',
    thoughts: [
      // seed 000 (reliability): an accurate hotel booking
      'I hope they get the dates right.',
    ],
    moment: {
      channel: 'web',
      risk: {
        likelihood: 2,
        impact: 5,
        description: 'The booking is wrong: wrong dates or room type, found only at arrival.',
        mitigation: 'Show a summary before payment; reception checks next day arrivals each evening.',
      },
      emotion: 0,
      servqual: { reliability: [7, 6] },
      opportunities: [
        // seed 000 (empathy): staff who speak the guest's language
        'Ask which language the guest prefers',
      ],
    },
  },
  {
    id: 'ht-record',
    stageId: 'ht-book',
    laneId: SUPPORT,
    col: 1,
    title: 'Booking system records the reservation',
  },
  {
    id: 'ht-confirm',
    stageId: 'ht-book',
    laneId: FRONT,
    col: 2,
    title: 'Booking confirmed by email',
    thoughts: ['Confirmed: dates, room and price.'],
    moment: {
      channel: 'email',
      actor: 'Reservations',
      emotion: 1,
      servqual: { reliability: [7, 7] },
      standard: { quality: 'The confirmation arrives within 10 minutes and repeats dates, room and price.' },
      opportunities: [
        // seed 002 (communication): explain in language the customer understands
        'Explain in words the guest understands',
      ],
    },
  },
  {
    id: 'ht-prepare-room',
    stageId: 'ht-arrive',
    laneId: BACK,
    col: 0,
    title: 'Housekeeping prepares the room',
    description: "Lays out the manager's personal letter, welcome flowers, fruit and water.",
  },
  {
    id: 'ht-arrive-entrance',
    stageId: 'ht-arrive',
    laneId: CUSTOMER,
    col: 0,
    title: 'Arrive at the entrance',
    thoughts: [
      // seed 000 (tangibles): a well-kept entrance
      'Looks well kept.',
    ],
    moment: {
      senses: { sight: [1, 'Well-kept entrance, clean floor'], smell: [1, 'Fresh flowers in the lobby'] },
      emotion: 1,
      servqual: { tangibles: [6, 6] },
      opportunities: [
        // seed 000: welcome arrivals with flowers, fruit, water and a compliment
        'Welcome arriving guests with water and a kind word',
      ],
    },
  },
  {
    id: 'ht-greet',
    stageId: 'ht-arrive',
    laneId: FRONT,
    col: 1,
    title: 'Greeted at reception',
    thoughts: ["Do they know I'm coming?"],
    moment: {
      momentOfTruth: true,
      actor: 'Receptionist',
      senses: { hearing: [1, "Greeted in the guest's own language"], sight: [1, 'Neat uniform, smile'] },
      risk: {
        likelihood: 2,
        impact: 4,
        description: 'Guest ignored at a busy desk and starts the stay annoyed.',
        mitigation: 'Acknowledge every arriving guest at once, even while serving another.',
      },
      emotion: 1,
      servqual: { responsiveness: [6, 5], empathy: [6, 6], assurance: [6, 6] },
      standard: {
        ordinary: 'Guests are greeted quickly.',
        quality: 'Every guest is greeted within 30 seconds of reaching the desk.',
        measures: ['Greeted within 30 seconds', 'Greeted by name when the booking is known'],
      },
      painPoints: [
        // seed 002 (timeliness): a customer is greeted soon after coming in
        'Waiting unnoticed at a busy desk',
      ],
      opportunities: [
        // seed 003: the receptionist who remembers your name
        'Greet the guest by name when the booking is known',
      ],
    },
  },
  {
    id: 'ht-check-in',
    stageId: 'ht-arrive',
    laneId: FRONT,
    col: 2,
    title: 'Check in and hand over the key',
    thoughts: ['Quick. Good.'],
    moment: {
      actor: 'Receptionist',
      emotion: 1,
      servqual: { reliability: [7, 6] },
      waitSeconds: 180,
      painPoints: [
        // seed 002: never make the customer repeat what they have said
        'Asked again for details given when booking',
      ],
    },
  },
  {
    id: 'ht-enter-room',
    stageId: 'ht-settle',
    laneId: CUSTOMER,
    col: 0,
    title: 'Enter the room',
    description: "Finds the manager's letter, flowers, fruit and water.",
    thoughts: [
      // seed 000: a personal letter from the manager, welcome flowers
      'A letter from the manager, and flowers: they thought of me.',
    ],
    moment: {
      senses: {
        sight: [1, 'Personal letter from the manager on the desk'],
        smell: [1, 'Welcome flowers'],
        taste: [1, 'Fresh fruit and water'],
      },
      emotion: 2,
      servqual: { tangibles: [6, 7], empathy: [5, 7] },
      opportunities: ['Ask about pillow preferences when booking'],
    },
  },
  {
    id: 'ht-fittings',
    stageId: 'ht-settle',
    laneId: CUSTOMER,
    col: 1,
    title: 'Use the room fittings',
    description: 'Shower, lights and air conditioning of a modern design, with clear instructions next to each.',
    thoughts: ['Which way is hot?'],
    moment: {
      senses: { sight: [0, 'Small card explains the controls'], touch: [-1, 'Tap: no sign which way is hot'] },
      risk: {
        likelihood: 3,
        impact: 2,
        description: 'Guest cannot work the shower or lights and calls reception.',
        mitigation: 'Clear labelled instructions next to every modern fitting.',
      },
      emotion: 0,
      servqual: { tangibles: [6, 4] },
      painPoints: ['No sign which way is hot'],
      opportunities: [
        // seed 000: instructions with arrows marked left, right, cold, warm
        'Label every fitting: left cold, right hot',
      ],
    },
  },
  {
    id: 'ht-complain',
    stageId: 'ht-settle',
    laneId: CUSTOMER,
    col: 1,
    row: 1,
    title: 'Complain about the room',
    description: 'The room is not the one booked.',
    thoughts: ["This isn't the room I booked."],
    moment: {
      channel: 'phone',
      emotion: -2,
      servqual: { reliability: [7, 2] },
      painPoints: ['Room type not as booked'],
      opportunities: [
        // seed 000 (responsiveness): ready to give the guest another room
        'Offer another room at once',
      ],
    },
  },
  {
    id: 'ht-handle-complaint',
    stageId: 'ht-settle',
    laneId: FRONT,
    col: 2,
    title: 'Complaint handled calmly',
    description: 'Listen, apologise, offer another room at once.',
    thoughts: ['They listened, and I have a new room.'],
    moment: {
      momentOfTruth: true,
      actor: 'Duty manager',
      senses: { hearing: [1, 'Calm, sympathetic voice'] },
      risk: {
        likelihood: 2,
        impact: 5,
        description: 'A defensive answer turns an annoyed guest into a lost one who tells others.',
        mitigation: 'The duty manager handles every complaint personally and may offer a room change or a discount.',
      },
      emotion: 1,
      servqual: { responsiveness: [7, 6], empathy: [6, 6] },
      standard: {
        ordinary: 'Staff listen to complaints.',
        quality: 'The shift manager personally handles any dissatisfaction and offers a solution within 15 minutes.',
        measures: [
          'Manager on the spot within 15 minutes',
          'Another room offered at once',
          'Guest thanked for telling us',
        ],
      },
      painPoints: [
        // seed 001: never tell an angry customer there is no reason to be angry
        'Told "there is no reason to be angry"',
      ],
      opportunities: [
        // seed 001: ask the person how they would like the problem solved
        'Ask the guest how they would like it solved',
      ],
    },
  },
  {
    id: 'ht-log-complaint',
    stageId: 'ht-settle',
    laneId: SUPPORT,
    col: 2,
    title: 'Complaint recorded so the cause can be removed',
  },
  {
    id: 'ht-turn-down',
    stageId: 'ht-night',
    laneId: BACK,
    col: 0,
    title: 'Turn-down service',
    description: 'The maid turns down the bed and leaves a sweet and a "glad to have you" card.',
  },
  {
    id: 'ht-find-turn-down',
    stageId: 'ht-night',
    laneId: CUSTOMER,
    col: 0,
    title: 'Find the bed turned down',
    thoughts: [
      // seed 000: a sweet and a card on the turned-down bed
      'A sweet and a card: a nice touch.',
    ],
    moment: {
      senses: { sight: [1, 'Card on the pillow'], taste: [1, 'A sweet on the bed'] },
      emotion: 2,
      servqual: { empathy: [5, 7] },
      opportunities: [
        // seed 000 (empathy): individual attention to each guest
        'Note what the guest liked, for the next stay',
      ],
    },
  },
  {
    id: 'ht-ask-wake-up',
    stageId: 'ht-night',
    laneId: CUSTOMER,
    col: 1,
    title: 'Ask for a wake-up call at 7:18',
    thoughts: ['7:18, please: my flight is early.'],
    moment: {
      channel: 'phone',
      actor: 'Receptionist',
      emotion: 0,
      servqual: { responsiveness: [6, 6] },
      opportunities: [
        // seed 002: end a call by repeating the agreed actions
        'Repeat the time back to the guest',
      ],
    },
  },
  {
    id: 'ht-schedule-wake-up',
    stageId: 'ht-night',
    laneId: SUPPORT,
    col: 1,
    title: 'Wake-up call scheduled in the phone system',
  },
  {
    id: 'ht-wake-up',
    stageId: 'ht-night',
    laneId: FRONT,
    col: 2,
    title: 'Wake-up call at 7:18',
    thoughts: [
      // seed 000 (reliability): asked for 7:18, woken at 7:18
      '7:18 on the dot.',
    ],
    moment: {
      momentOfTruth: true,
      channel: 'phone',
      actor: 'Receptionist',
      senses: { hearing: [1, 'Friendly voice, on the minute'] },
      risk: {
        likelihood: 2,
        impact: 5,
        description: 'The call comes late or not at all and the guest misses a flight.',
        mitigation: 'Calls are placed by the system and checked off by the night receptionist.',
      },
      emotion: 1,
      servqual: { reliability: [7, 7] },
      standard: {
        ordinary: 'Wake-up calls are made.',
        quality: 'The wake-up call comes at the minute asked for, never later.',
        measures: ['Call placed at the requested minute', 'Second call five minutes later if unanswered'],
      },
      opportunities: [
        // seed 002 (anticipation): staff are at least one step ahead of the customer
        'One step ahead: offer a taxi in the same call',
      ],
    },
  },
  {
    id: 'ht-order-meal',
    stageId: 'ht-dine',
    laneId: CUSTOMER,
    col: 0,
    title: 'Order a meal',
    description: 'Asks for the dish without onions.',
    thoughts: ['Could I have it without onions?'],
    moment: {
      actor: 'Waiter',
      emotion: 1,
      servqual: { empathy: [6, 6] },
      painPoints: [
        // seed 002: never make the customer repeat what they have said
        'Explaining the wish twice',
      ],
    },
  },
  {
    id: 'ht-cook',
    stageId: 'ht-dine',
    laneId: BACK,
    col: 1,
    title: "Kitchen cooks to the guest's wish",
  },
  {
    id: 'ht-serve',
    stageId: 'ht-dine',
    laneId: FRONT,
    col: 2,
    title: 'Meal served exactly as ordered',
    thoughts: [
      // seed 000 (reliability): the restaurant brings exactly what was ordered
      'Exactly as I asked.',
    ],
    moment: {
      actor: 'Waiter',
      senses: { sight: [1, 'Table clean, no crumbs'], taste: [1, 'Cooked as asked'], smell: [1, 'Fresh coffee'] },
      emotion: 2,
      servqual: { reliability: [7, 6], tangibles: [6, 6] },
      standard: {
        ordinary: 'Staff are one step ahead.',
        quality: 'The glass is refilled before the guest asks.',
        measures: ['Dish matches the order', 'Glass refilled before asked'],
      },
      opportunities: [
        // seed 002's quality standard for attitude (its own words in zh-CN)
        'Talk with the guest while leading them to the table',
      ],
    },
  },
  {
    id: 'ht-check-out',
    stageId: 'ht-depart',
    laneId: FRONT,
    col: 0,
    title: 'Check out',
    thoughts: ['Is that charge mine?'],
    moment: {
      actor: 'Receptionist',
      risk: {
        likelihood: 2,
        impact: 3,
        description: 'Charges on the bill the guest does not recognise.',
        mitigation: 'Go through the bill with the guest; correct mistakes on the spot.',
      },
      emotion: 1,
      servqual: { reliability: [7, 6] },
      waitSeconds: 240,
      painPoints: ['Charges the guest does not recognise'],
      opportunities: [
        // seed 000 (questions 14-30): complaints recorded so the cause can be removed
        'Ask how the stay was, and record any complaint',
      ],
    },
  },
  {
    id: 'ht-leave',
    stageId: 'ht-depart',
    laneId: CUSTOMER,
    col: 1,
    kind: 'end',
    title: 'Leave the hotel',
    thoughts: [
      // seed 003: a happy customer is a repeat customer
      "I'd stay here again.",
    ],
  },
];

const FLOWS: FlowSpec[] = [
  ...chain([
    'ht-start',
    'ht-book-room',
    'ht-record',
    'ht-confirm',
    'ht-arrive-entrance',
    'ht-greet',
    'ht-check-in',
    'ht-enter-room',
    'ht-fittings',
    'ht-turn-down',
    'ht-find-turn-down',
    'ht-ask-wake-up',
    'ht-schedule-wake-up',
    'ht-wake-up',
    'ht-order-meal',
    'ht-cook',
    'ht-serve',
    'ht-check-out',
    'ht-leave',
  ]),
  ['ht-record', 'ht-prepare-room', 'alternative', 'Arrivals list'],
  ['ht-prepare-room', 'ht-enter-room', 'alternative', 'Room ready'],
  ['ht-enter-room', 'ht-complain', 'failure', 'Room not as booked'],
  ['ht-complain', 'ht-handle-complaint', 'failure'],
  ['ht-handle-complaint', 'ht-fittings', 'alternative', 'Moved to another room'],
  ['ht-handle-complaint', 'ht-log-complaint', 'alternative'],
  ['ht-log-complaint', 'ht-check-out', 'alternative', 'Goodwill noted on the bill'],
];

/** The structure with its English text; other languages' texts are in ./locales. */
export const HOTEL_STAY: TemplateContent = {
  description: 'A two-night hotel stay drawn as a service blueprint, from booking to checkout.',
  stages: STAGES,
  lanes: LANES,
  steps: STEPS,
  flows: FLOWS,
  personas: [
    {
      id: 'ht-persona-traveller',
      name: 'Business traveller',
      customerType: 'demanding',
      description: 'Stays two nights for meetings; an early flight home makes the wake-up call critical.',
      goals: ['Sleep well and make the early flight'],
    },
    {
      id: 'ht-persona-family',
      name: 'Family on holiday',
      customerType: 'regular',
      description: 'Two adults and two children on a long weekend; they have time and ask a lot of questions.',
      goals: ['A room and meals that suit the children'],
    },
  ],
  // The traveller minds the fittings and the wake-up call; the family enjoys the welcome and the meals.
  personaEmotions: {
    'ht-persona-traveller': { 'ht-fittings': -1, 'ht-ask-wake-up': -1, 'ht-serve': 1, 'ht-check-out': 0 },
    'ht-persona-family': { 'ht-check-in': 2, 'ht-fittings': 1, 'ht-complain': -1, 'ht-order-meal': 2 },
  },
};

export function hotelStayTemplate(fields: TemplateFields): Project {
  return assemble(fields, translateContent(HOTEL_STAY, templateText('hotel-stay', fields.language)));
}

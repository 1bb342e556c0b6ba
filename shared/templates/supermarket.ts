/**
 * The supermarket visit from DOMAIN.md: a shopper cycles to the store, shops and rides home.
 * Sixteen steps in the source's own order, five stages, a help branch and a loop back to browsing.
 *
 * The journey-map notes (thoughts, pain points, opportunities) are taken from the seeds where a
 * comment names one (seed 000 Hungarian, 001 Lithuanian, 002 Chinese, 003 Estonian; see
 * DOMAIN.md); the others restate the template's own annotations (its sense notes, risks, persona).
 * A figure in a note is the template's own (the queue's measured wait), never an invented statistic.
 */
import type { Project } from '../model/types';
import type { FlowSpec, StepSpec, TemplateFields } from './build';
import { assemble, chain } from './build';
import { templateText } from './locales';
import type { TemplateContent } from './text';
import { translateContent } from './text';

const STAGES = [
  { id: 'sm-enter', name: 'Enter', colour: '#e8f1fb' },
  { id: 'sm-basket', name: 'Pick a basket', colour: '#eef7ee' },
  { id: 'sm-choose', name: 'Choose', colour: '#fdf5e6' },
  { id: 'sm-pay', name: 'Pay', colour: '#fbeeee' },
  { id: 'sm-leave', name: 'Leave', colour: '#f2eefa' },
];

const STEPS: StepSpec[] = [
  {
    id: 'sm-start',
    stageId: 'sm-enter',
    col: 0,
    kind: 'start',
    title: 'Start',
    description: 'The shopper decides to buy groceries on the way home.',
    thoughts: ['I need bread, and something for tonight.'],
  },
  {
    id: 'sm-ride-there',
    stageId: 'sm-enter',
    col: 1,
    title: 'Ride the bike',
    description: 'Cycles to the supermarket.',
    thoughts: [
      // seed 001: today's customer has less time and less patience
      "I hope it's quick: I haven't much time.",
    ],
  },
  {
    id: 'sm-parking',
    stageId: 'sm-enter',
    col: 2,
    title: 'Find a parking spot',
    description: 'Looks for a free bike rack near the entrance.',
    thoughts: ['Where can I lock the bike?'],
    moment: {
      actor: 'Store facilities',
      senses: { sight: [-1, 'Bike racks full, bikes leaning against the wall'] },
      risk: {
        likelihood: 2,
        impact: 2,
        description: 'No free rack: the bike is left unlocked or the shopper goes elsewhere.',
        mitigation: 'Add racks by the entrance; check how full they are at peak hours.',
      },
      emotion: -1,
      servqual: { tangibles: [5, 3] },
      painPoints: ['Too few bike racks at peak hours'],
    },
  },
  {
    id: 'sm-locker',
    stageId: 'sm-enter',
    col: 3,
    title: 'Leave the bag at the locker',
    description: 'Puts the backpack in a coin locker before going in.',
    thoughts: [
      // seed 000 (assurance): the customer feels safe
      'Will my bag be safe here?',
    ],
    moment: {
      actor: 'Store facilities',
      senses: { touch: [-1, 'Coin lock jams and needs a second try'], sight: [0, 'Lockers numbered, no instructions'] },
      risk: {
        likelihood: 3,
        impact: 3,
        description: 'A locker jams or a key is lost: the shopper worries about the bag the whole visit.',
        mitigation: 'Check every lock at opening; keep a master key at the service desk.',
      },
      emotion: 0,
      servqual: { reliability: [6, 4] },
      standard: {
        ordinary: 'Lockers work.',
        quality: 'Every locker opens at the first try; a jammed locker is fixed within 5 minutes.',
        measures: ['All lockers checked at opening', 'Master key available at the service desk'],
      },
      painPoints: ['Coin lock jams; no instructions on the lockers'],
      opportunities: [
        // seed 000: clear instructions next to modern fittings (its hotel example)
        'Clear instructions on every locker',
      ],
    },
  },
  {
    id: 'sm-enter-store',
    stageId: 'sm-enter',
    col: 4,
    title: 'Enter the supermarket',
    description: 'Walks through the entrance into the store.',
    thoughts: ['Fresh bread: it smells good in here.'],
    moment: {
      actor: 'Floor staff',
      senses: {
        smell: [1, 'Fresh bread smell at the entrance'],
        sight: [1, 'Tidy, well-lit entrance'],
        hearing: [0, 'Background music at a comfortable volume'],
      },
      emotion: 1,
      servqual: { tangibles: [5, 6], responsiveness: [5, 4] },
      evidence: 'observed',
      standard: {
        ordinary: 'Customers are greeted quickly.',
        quality: 'Every customer is greeted within 30 seconds of coming in.',
        measures: ['Greeted within 30 seconds', 'Entrance swept and free of boxes'],
      },
      opportunities: [
        // seed 000 (responsiveness): a friendly greeting for the customer who comes into the shop
        'A friendly greeting for everyone who comes in',
      ],
    },
  },
  {
    id: 'sm-take-basket',
    stageId: 'sm-basket',
    col: 0,
    title: 'Take a basket',
    description: 'Picks a basket from the stack by the door.',
    thoughts: ['Ugh, the handle is sticky.'],
    moment: {
      senses: { touch: [-1, 'Sticky basket handle'], sight: [-1, 'Baskets stacked out of reach'] },
      risk: {
        likelihood: 3,
        impact: 2,
        description: 'Dirty baskets put shoppers off before they start.',
        mitigation: 'Wipe the handles every hour and keep the stack by the door.',
      },
      emotion: -1,
      servqual: { tangibles: [5, 3] },
      painPoints: ['Sticky handles', 'Baskets stacked out of reach'],
      opportunities: ['Offer small trolleys for heavier shopping'],
    },
  },
  {
    id: 'sm-directions',
    stageId: 'sm-basket',
    col: 1,
    title: 'Look for directions',
    description: 'Looks at the aisle signs to find the snacks.',
    thoughts: ['Where are the snacks?'],
    moment: {
      senses: { sight: [0, 'Aisle signs hard to read from the entrance'] },
      emotion: 0,
      servqual: { tangibles: [5, 4] },
      painPoints: ['Aisle signs hard to read from the entrance'],
      opportunities: ['A store map at the entrance'],
    },
  },
  {
    id: 'sm-browse',
    stageId: 'sm-choose',
    col: 0,
    title: 'Browse the snack aisle',
    description: 'Walks along the snack shelves.',
    thoughts: ['A new cracker to try: not bad.'],
    moment: {
      senses: { sight: [1, 'Well-stocked, neatly faced shelves'], taste: [1, 'Free tasting of a new cracker'] },
      emotion: 1,
      servqual: { tangibles: [5, 6] },
      opportunities: [
        // seed 002: the highest level of selling is helping the customer "buy" what they need and want
        'Help shoppers buy what they need, rather than sell them what we want',
      ],
    },
  },
  {
    id: 'sm-choose-goods',
    stageId: 'sm-choose',
    col: 1,
    kind: 'decision',
    title: 'Choose goods',
    description: 'Decides what to buy: keep browsing, ask for help or go to pay.',
    thoughts: ["How much is this? There's no price."],
    moment: {
      senses: { sight: [0, 'Prices missing on some shelf labels'] },
      risk: {
        likelihood: 3,
        impact: 3,
        description: 'Missing price labels leave the shopper unsure what things cost.',
        mitigation: 'Check shelf labels every morning and after each delivery.',
      },
      emotion: 0,
      servqual: { reliability: [6, 5] },
      painPoints: ['Prices missing on some shelf labels'],
    },
  },
  {
    id: 'sm-ask-help',
    stageId: 'sm-choose',
    col: 1,
    row: 1,
    title: 'Ask a sales assistant for help',
    description: 'Cannot find a product and asks a member of staff.',
    thoughts: ["I can't find it. Who can I ask?"],
    moment: {
      momentOfTruth: true,
      actor: 'Sales assistant',
      senses: { hearing: [1, 'Assistant answers in a friendly tone'], sight: [0, 'Uniform and name badge'] },
      risk: {
        likelihood: 3,
        impact: 4,
        description:
          'No assistant on the floor, or one who does not know the range: the shopper leaves without buying.',
        mitigation: 'Keep one assistant on the floor at all times; train staff on the range each season.',
      },
      emotion: 1,
      servqual: { responsiveness: [6, 4], assurance: [6, 5], empathy: [5, 4] },
      evidence: 'observed',
      standard: {
        ordinary: 'Staff are helpful.',
        quality: 'An assistant is available within 2 minutes and walks the shopper to the product.',
        measures: [
          'Shopper helped within 2 minutes',
          'Assistant walks the shopper to the shelf',
          'Assistant asks whether anything else is needed',
        ],
      },
      waitSeconds: 90,
      painPoints: [
        // seed 002 (its Disney example): answer the question yourself, not "please ask a member of staff"
        'Sent on to "ask someone else"',
      ],
      opportunities: [
        // seed 003 (trust and rapport): the shoe size not in the shop, delivered to the customer's home
        'Out of stock: offer to order it or deliver it home',
      ],
    },
  },
  {
    id: 'sm-prepare',
    stageId: 'sm-pay',
    col: 0,
    title: 'Prepare to pay',
    description: 'Heads for the tills and gets the card out.',
    thoughts: ['Which till has the shortest queue?'],
  },
  {
    id: 'sm-queue',
    stageId: 'sm-pay',
    col: 1,
    title: 'Wait in the queue',
    description: 'Waits at the till.',
    thoughts: ["Only two tills open again, and I'm in a hurry."],
    moment: {
      senses: { hearing: [-1, 'Queue music too loud'], sight: [-1, 'Only two of five tills open'] },
      risk: {
        likelihood: 4,
        impact: 3,
        description: 'A long queue: shoppers abandon their baskets.',
        mitigation: 'Open another till when more than three people are waiting.',
      },
      emotion: -2,
      servqual: { responsiveness: [6, 3] },
      evidence: 'measured',
      standard: {
        ordinary: 'Queues are short.',
        quality: 'No shopper waits more than 5 minutes at a till.',
        measures: ['Another till opened when more than three people wait', 'Queue time checked every 30 minutes'],
      },
      waitSeconds: 420,
      painPoints: ['Queues of more than 7 minutes at rush hour', 'Only two of five tills open'],
      opportunities: [
        // seed 002 (standard area "flow"): how to avoid blockages and stoppages in the flow
        'Keep the flow to the tills from stalling at rush hour',
      ],
    },
  },
  {
    id: 'sm-pay-step',
    stageId: 'sm-pay',
    col: 2,
    title: 'Pay',
    description: 'Pays at the till.',
    thoughts: [
      // seed 003: the cashier who smiles at check-out
      'The cashier smiled and said thank you.',
    ],
    moment: {
      momentOfTruth: true,
      actor: 'Cashier',
      senses: { hearing: [1, 'Cashier greets and thanks the shopper'], touch: [0, 'Card reader within easy reach'] },
      risk: {
        likelihood: 2,
        impact: 5,
        description: 'The card reader fails and the shopper cannot pay.',
        mitigation: 'A spare card reader at every till; cash always accepted.',
      },
      emotion: 1,
      servqual: { reliability: [7, 6], responsiveness: [6, 5], empathy: [5, 5] },
      standard: {
        ordinary: 'The cashier is friendly.',
        quality: 'The cashier greets the shopper, states the total and thanks them before they leave the till.',
        measures: ['Shopper greeted at the till', 'Total stated clearly', 'Receipt offered', 'Shopper thanked'],
      },
      painPoints: [
        // seed 002 (timeliness): service so rushed the customer finds it careless
        'Served so fast it feels careless',
      ],
    },
  },
  {
    id: 'sm-collect-bag',
    stageId: 'sm-leave',
    col: 0,
    title: 'Collect the bag',
    description: 'Takes the backpack out of the locker.',
    thoughts: ['Good, my bag is still here.'],
    moment: {
      senses: { touch: [0, 'Key turns easily'] },
      risk: {
        likelihood: 1,
        impact: 4,
        description: 'The key is lost in the store and the bag is locked in.',
        mitigation: 'Service desk opens lockers with the master key after checking the contents.',
      },
      emotion: 1,
      servqual: { reliability: [6, 6] },
      opportunities: [
        // seed 002 (barriers to quality service): front-line staff who cannot solve most customers' problems
        'The service desk opens a stuck locker at once, without waiting for a manager',
      ],
    },
  },
  {
    id: 'sm-ride-home',
    stageId: 'sm-leave',
    col: 1,
    title: 'Ride home',
    description: 'Cycles home with the shopping.',
    thoughts: [
      // seed 003: a delighted customer tells others
      "I'll tell my neighbour about those crackers.",
    ],
  },
  {
    id: 'sm-end',
    stageId: 'sm-leave',
    col: 2,
    kind: 'end',
    title: 'End',
    description: 'Home with the shopping.',
    thoughts: [
      // seed 003: a happy customer is a repeat customer
      'Same shop next week.',
    ],
  },
];

const FLOWS: FlowSpec[] = [
  ...chain([
    'sm-start',
    'sm-ride-there',
    'sm-parking',
    'sm-locker',
    'sm-enter-store',
    'sm-take-basket',
    'sm-directions',
    'sm-browse',
    'sm-choose-goods',
    'sm-prepare',
    'sm-queue',
    'sm-pay-step',
    'sm-collect-bag',
    'sm-ride-home',
    'sm-end',
  ]),
  ['sm-choose-goods', 'sm-ask-help', 'alternative', 'Needs advice'],
  ['sm-ask-help', 'sm-choose-goods', 'alternative', 'Found it'],
  ['sm-choose-goods', 'sm-browse', 'alternative', 'Keep browsing'],
];

/** The structure with its English text; other languages' texts are in ./locales. */
export const SUPERMARKET: TemplateContent = {
  description: 'A shopper cycles to the supermarket, picks snacks, asks for help, pays and rides home.',
  stages: STAGES,
  steps: STEPS,
  flows: FLOWS,
  personas: [
    {
      id: 'sm-persona-cyclist',
      name: 'Regular cyclist',
      customerType: 'regular',
      description: 'Shops twice a week by bike on the way home from work; short of time, buys bread and snacks.',
      goals: ['Be in and out within fifteen minutes'],
    },
    {
      id: 'sm-persona-complainer',
      name: 'Chronic complainer',
      customerType: 'chronic complainer',
      description:
        'A retired regular who finds fault at every visit, but often has a point about the baskets and the queue.',
      goals: ['Be listened to when something is wrong'],
    },
  ],
  // The cyclist feels the bike racks and the lockers more, and likes a bag that fits the bike; the complainer finds little to like.
  personaEmotions: {
    'sm-persona-cyclist': { 'sm-parking': -2, 'sm-locker': -1, 'sm-collect-bag': 2 },
    'sm-persona-complainer': {
      'sm-enter-store': 0,
      'sm-take-basket': -2,
      'sm-browse': 0,
      'sm-ask-help': -1,
      'sm-pay-step': 0,
      'sm-collect-bag': 0,
    },
  },
};

export function supermarketTemplate(fields: TemplateFields): Project {
  return assemble(fields, translateContent(SUPERMARKET, templateText('supermarket', fields.language)));
}

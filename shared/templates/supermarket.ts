/**
 * The supermarket visit from DOMAIN.md: a shopper cycles to the store, shops and rides home.
 * Sixteen steps in the source's own order, five stages, a help branch and a loop back to browsing.
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
  },
  {
    id: 'sm-ride-there',
    stageId: 'sm-enter',
    col: 1,
    title: 'Ride the bike',
    description: 'Cycles to the supermarket.',
  },
  {
    id: 'sm-parking',
    stageId: 'sm-enter',
    col: 2,
    title: 'Find a parking spot',
    description: 'Looks for a free bike rack near the entrance.',
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
    },
  },
  {
    id: 'sm-enter-store',
    stageId: 'sm-enter',
    col: 4,
    title: 'Enter the supermarket',
    description: 'Walks through the entrance into the store.',
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
    },
  },
  {
    id: 'sm-take-basket',
    stageId: 'sm-basket',
    col: 0,
    title: 'Take a basket',
    description: 'Picks a basket from the stack by the door.',
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
      painPoints: ['Sticky handles'],
      opportunities: ['Offer small trolleys for heavier shopping'],
    },
  },
  {
    id: 'sm-directions',
    stageId: 'sm-basket',
    col: 1,
    title: 'Look for directions',
    description: 'Looks at the aisle signs to find the snacks.',
    moment: {
      senses: { sight: [0, 'Aisle signs hard to read from the entrance'] },
      emotion: 0,
      servqual: { tangibles: [5, 4] },
      opportunities: ['A store map at the entrance'],
    },
  },
  {
    id: 'sm-browse',
    stageId: 'sm-choose',
    col: 0,
    title: 'Browse the snack aisle',
    description: 'Walks along the snack shelves.',
    moment: {
      senses: { sight: [1, 'Well-stocked, neatly faced shelves'], taste: [1, 'Free tasting of a new cracker'] },
      emotion: 1,
      servqual: { tangibles: [5, 6] },
    },
  },
  {
    id: 'sm-choose-goods',
    stageId: 'sm-choose',
    col: 1,
    kind: 'decision',
    title: 'Choose goods',
    description: 'Decides what to buy: keep browsing, ask for help or go to pay.',
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
    },
  },
  {
    id: 'sm-ask-help',
    stageId: 'sm-choose',
    col: 1,
    row: 1,
    title: 'Ask a sales assistant for help',
    description: 'Cannot find a product and asks a member of staff.',
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
    },
  },
  {
    id: 'sm-prepare',
    stageId: 'sm-pay',
    col: 0,
    title: 'Prepare to pay',
    description: 'Heads for the tills and gets the card out.',
  },
  {
    id: 'sm-queue',
    stageId: 'sm-pay',
    col: 1,
    title: 'Wait in the queue',
    description: 'Waits at the till.',
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
      painPoints: ['Queues of more than 7 minutes at rush hour'],
    },
  },
  {
    id: 'sm-pay-step',
    stageId: 'sm-pay',
    col: 2,
    title: 'Pay',
    description: 'Pays at the till.',
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
    },
  },
  {
    id: 'sm-collect-bag',
    stageId: 'sm-leave',
    col: 0,
    title: 'Collect the bag',
    description: 'Takes the backpack out of the locker.',
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
    },
  },
  {
    id: 'sm-ride-home',
    stageId: 'sm-leave',
    col: 1,
    title: 'Ride home',
    description: 'Cycles home with the shopping.',
  },
  { id: 'sm-end', stageId: 'sm-leave', col: 2, kind: 'end', title: 'End', description: 'Home with the shopping.' },
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
    },
  ],
};

export function supermarketTemplate(fields: TemplateFields): Project {
  return assemble(fields, translateContent(SUPERMARKET, templateText('supermarket', fields.language)));
}

/** Helpers for the export drawing tests: a fixed-width text measure, an XML parser that throws, sample projects. */
import { DOMParser } from '@xmldom/xmldom';
import type { Document, Element } from '@xmldom/xmldom';
import type { FontWeight } from '../../../../shared/formats/drawing/displayList';
import { defaultMoment } from '../../../../shared/model';
import type { Project } from '../../../../shared/model';
import { makeProject } from '../../model/build';

/** Every character is 0.6 em wide (0.65 em when bold): easy to compute by hand. */
export function fixedMeasure(text: string, fontSize: number, fontWeight: FontWeight): number {
  return Array.from(text).length * fontSize * (fontWeight >= 600 ? 0.65 : 0.6);
}

/** Parse as XML; any warning or error fails the test. */
export function parseXml(text: string): Document {
  const parser = new DOMParser({
    onError: (level, message) => {
      throw new Error(`XML ${level}: ${message}`);
    },
  });
  return parser.parseFromString(text, 'image/svg+xml');
}

export function elements(doc: Document | Element, name: string): Element[] {
  return Array.from(doc.getElementsByTagName(name));
}

/** Direct children that are elements with the given local name. */
export function children(el: Element, name: string): Element[] {
  return Array.from(el.childNodes).filter((n): n is Element => n.nodeType === 1 && (n as Element).localName === name);
}

/** The `<g>` of a role ("step", "flow"...) whose data-id is `id`. */
export function group(doc: Document, role: string, id: string): Element {
  const found = elements(doc, 'g').find(
    (g) => (g.getAttribute('class') ?? '').split(' ').includes(role) && g.getAttribute('data-id') === id,
  );
  if (!found) throw new Error(`No ${role} group with data-id ${id}`);
  return found;
}

export function groupsOf(doc: Document, role: string): Element[] {
  return elements(doc, 'g').filter((g) => (g.getAttribute('class') ?? '').split(' ').includes(role));
}

/** All text drawn inside an element: its `<text>` contents, lines joined without separators. */
export function drawnText(el: Element): string {
  return elements(el, 'text')
    .map((t) => t.textContent ?? '')
    .join('');
}

export function withoutSpaces(s: string): string {
  return s.replace(/\s+/g, '');
}

export const HOSTILE_TITLES = ['<script>alert(1)</script>', 'a & b ]]>', '"quoted" \'single\' <b>bold</b>'];
export const CJK_TITLE = '在收银台排队付款';

/**
 * Three stages, two lanes, steps of every kind (one titled in Chinese, some hostile),
 * flows of every kind with labels, and annotated contact moments.
 */
export function sampleProject(): Project {
  const project = makeProject({
    stages: ['enter', 'choose', 'pay'],
    steps: [
      { id: 'start', kind: 'start', title: 'Start', position: { x: 20, y: 30 } },
      { id: 'bike', title: 'Ride the bike to the supermarket', position: { x: 240, y: 30 } },
      { id: 'hostile1', stageId: 'choose', title: HOSTILE_TITLES[0], position: { x: 20, y: 30 } },
      { id: 'hostile2', stageId: 'choose', kind: 'decision', title: HOSTILE_TITLES[1], position: { x: 20, y: 150 } },
      { id: 'cjk', stageId: 'pay', laneId: 'back', title: CJK_TITLE, position: { x: 20, y: 30 } },
      { id: 'quote', stageId: 'pay', title: HOSTILE_TITLES[2], position: { x: 240, y: 30 } },
      { id: 'end', stageId: 'pay', kind: 'end', title: 'End', position: { x: 460, y: 30 } },
    ],
    flows: [
      ['start', 'bike'],
      ['bike', 'hostile1'],
      ['hostile1', 'hostile2', 'alternative'],
      ['hostile2', 'cjk', 'failure'],
      ['cjk', 'quote'],
      ['quote', 'end'],
      ['hostile2', 'bike', 'alternative'],
    ],
  });
  project.name = 'Shop & <pay>';
  project.lanes = [
    { id: 'front', name: 'Customer' },
    { id: 'back', name: 'Back stage' },
  ];
  project.flows[1].label = 'Park & lock <it>';
  project.flows[3].label = 'Card declined';
  const bike = defaultMoment();
  bike.momentOfTruth = true;
  bike.emotion = 2;
  bike.risk = { likelihood: 4, impact: 5, description: 'Bike stolen', mitigation: '' };
  bike.senses.sight = { engaged: true, valence: 1, note: '' };
  bike.senses.smell = { engaged: true, valence: -1, note: '' };
  project.steps[1].moment = bike;
  const pay = defaultMoment();
  pay.emotion = -1;
  pay.risk = { likelihood: 1, impact: 3, description: '', mitigation: '' };
  project.steps[4].moment = pay;
  return project;
}

/**
 * The supermarket template renamed and retitled in each of Touchmap's five
 * languages, for the PDF font tests and `npm run bench`. (The translated
 * templates are issue G item 3; these texts only need the languages' own
 * letters: ő ű, ą č ė š ž ų, õ š ž ü, and Chinese from the seed's journey.)
 */
import type { Project } from '../../shared/model/types';
import { buildTemplate } from '../../shared/templates';

export const PDF_LANGUAGES = ['en', 'hu', 'lt', 'et', 'zh'] as const;
export type PdfLanguage = (typeof PDF_LANGUAGES)[number];

interface Texts {
  name: string;
  stages: string[];
  /** As many as the template's steps, in its order. */
  steps: string[];
}

const TEXTS: Record<Exclude<PdfLanguage, 'en'>, Texts> = {
  hu: {
    name: 'Bevásárlás a szupermarketben',
    stages: ['Belépés', 'Kosár felvétele', 'Választás', 'Fizetés', 'Távozás'],
    steps: [
      'Indulás',
      'Kerékpározás az üzletig',
      'Szabad kerékpártároló keresése',
      'Táska leadása a csomagmegőrzőben',
      'Kosár felvétele',
      'Termékek kiválasztása',
      'Segítség kérése az eladótól',
      'Hűtőpult és tejtermékek',
      'Gyümölcs mérése',
      'Sorban állás a pénztárnál',
      'Fizetés őszintén, űrlap',
      'Nyugta ellenőrzése',
      'Áruk bepakolása',
      'Táska kivétele',
      'Hazatérés kerékpárral',
      'Vége',
    ],
  },
  lt: {
    name: 'Apsipirkimas prekybos centre',
    stages: ['Įėjimas', 'Krepšelio paėmimas', 'Pasirinkimas', 'Mokėjimas', 'Išėjimas'],
    steps: [
      'Pradžia',
      'Važiavimas dviračiu',
      'Vietos dviračiui paieška',
      'Kuprinės palikimas spintelėje',
      'Krepšelio paėmimas',
      'Prekių pasirinkimas',
      'Pagalbos prašymas',
      'Šaldytuvų skyrius',
      'Vaisių svėrimas',
      'Eilė prie kasos',
      'Ąžuolas, čekis',
      'Čekio patikrinimas',
      'Prekių sudėjimas į maišelį',
      'Kuprinės atsiėmimas',
      'Grįžimas namo dviračiu',
      'Pabaiga',
    ],
  },
  et: {
    name: 'Ostlemine supermarketis',
    stages: ['Sisenemine', 'Korvi võtmine', 'Valimine', 'Maksmine', 'Lahkumine'],
    steps: [
      'Algus',
      'Jalgrattasõit poodi',
      'Vaba rattahoidja otsimine',
      'Koti jätmine hoiukappi',
      'Korvi võtmine',
      'Kaupade valimine',
      'Müüjalt abi küsimine',
      'Külmletid ja piimatooted',
      'Puuviljade kaalumine',
      'Järjekord kassas',
      'Šokolaad, Žürii',
      'Tšeki kontrollimine',
      'Ostude pakkimine',
      'Koti äravõtmine',
      'Jalgrattaga koju sõitmine',
      'Lõpp',
    ],
  },
  zh: {
    name: '超市购物之旅',
    stages: ['进店', '拿货框', '选购', '付款', '离开'],
    steps: [
      '开始',
      '骑自行车去超市',
      '找停车位',
      '存包',
      '拿货框',
      '选择商品',
      '询问店员',
      '冷藏柜和乳制品',
      '称水果',
      '准备结帐',
      '付款',
      '核对收据',
      '装袋',
      '取包',
      '骑车回家',
      '结束',
    ],
  },
};

/** The supermarket template with every name and step title in `language` (English: the template as it is). */
export function supermarketIn(language: PdfLanguage): Project {
  const project = buildTemplate('supermarket', {
    id: `p-${language}`,
    name: 'Supermarket visit',
    now: '2026-11-28T08:00:00.000Z',
  });
  if (language === 'en') return project;
  const texts = TEXTS[language];
  if (texts.steps.length !== project.steps.length || texts.stages.length !== project.stages.length) {
    throw new Error('The supermarket template changed: update test/support/pdfLanguages.ts');
  }
  project.name = texts.name;
  project.stages.forEach((stage, i) => (stage.name = texts.stages[i]));
  project.steps.forEach((step, i) => (step.title = texts.steps[i]));
  for (const lane of project.lanes) lane.name = `${texts.stages[0]} ${project.lanes.indexOf(lane) + 1}`;
  for (const flow of project.flows) if (flow.label) flow.label = texts.steps[10];
  return project;
}

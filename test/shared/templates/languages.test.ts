import { describe, expect, it } from 'vitest';
import { CATALOGUES } from '../../../shared/i18n/catalogues';
import { LANGUAGES, type Language } from '../../../shared/i18n/languages';
import { translator } from '../../../shared/i18n/translator';
import { TEMPLATE_IDS } from '../../../shared/ipc';
import { parseProject } from '../../../shared/model';
import type { Project } from '../../../shared/model';
import { TEMPLATES, buildTemplate } from '../../../shared/templates';
import { HOTEL_STAY } from '../../../shared/templates/hotel-stay';
import { TEMPLATE_TEXTS, type ContentTemplateId } from '../../../shared/templates/locales';
import { PHONE_CALL } from '../../../shared/templates/phone-call';
import { SUPERMARKET } from '../../../shared/templates/supermarket';
import { englishText, type TemplateContent } from '../../../shared/templates/text';

const FIELDS = { id: 'proj-1', name: 'My journey', now: '2026-03-01T09:00:00.000Z' };
const OTHERS = LANGUAGES.filter((l): l is Exclude<Language, 'en'> => l !== 'en');
const CONTENT: Record<ContentTemplateId, TemplateContent> = {
  supermarket: SUPERMARKET,
  'phone-call': PHONE_CALL,
  'hotel-stay': HOTEL_STAY,
};

/** English worth translating: a word of three letters or more (not "7:18" or an id). */
const isWord = (english: string) => /\p{L}{3,}/u.test(english);

/** The fields of a project that hold text (user content), as opposed to structure. */
const TEXT_FIELDS = new Set([
  'name',
  'title',
  'description',
  'actor',
  'note',
  'notes',
  'text',
  'ordinary',
  'quality',
  'mitigation',
  'label',
]);
const TEXT_LISTS = new Set(['thoughts', 'painPoints', 'opportunities', 'goals']);

/** The project with every text replaced by a mark, and the texts in document order. */
function split(project: Project): { structure: unknown; texts: string[] } {
  const texts: string[] = [];
  const walk = (value: unknown, key: string): unknown => {
    if (Array.isArray(value)) {
      if (TEXT_LISTS.has(key)) {
        texts.push(...(value as string[]));
        return value.map(() => '#');
      }
      return value.map((v) => walk(v, ''));
    }
    if (value && typeof value === 'object')
      return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, walk(v, k)]));
    if (typeof value === 'string' && TEXT_FIELDS.has(key)) {
      texts.push(value);
      return '#';
    }
    return value;
  };
  const { name: _name, ...rest } = project;
  return { structure: walk(rest, ''), texts };
}

describe.each(OTHERS)('templates in %s', (language) => {
  it.each(Object.keys(CONTENT) as ContentTemplateId[])("%s: the table has exactly the English texts' keys", (id) => {
    const english = englishText(CONTENT[id]);
    const table = TEMPLATE_TEXTS[language][id];
    expect(Object.keys(table).sort()).toEqual(Object.keys(english).sort());
    for (const [key, text] of Object.entries(table)) {
      expect(text.trim(), `${language} ${id} ${key}`).not.toBe('');
      if (isWord(english[key])) expect(text, `${language} ${id} ${key}`).not.toBe(english[key]);
    }
  });

  it.each(TEMPLATE_IDS)('%s: a valid project with the structure of the English one, every text translated', (id) => {
    const project = buildTemplate(id, { ...FIELDS, language });
    expect(parseProject(JSON.parse(JSON.stringify(project)))).toEqual({ ok: true, project });
    const english = split(buildTemplate(id, FIELDS));
    const translated = split(project);
    // Same ids, stages, lanes, positions, kinds, flows, scores, measures' ids: only the words differ.
    expect(translated.structure).toEqual(english.structure);
    expect(translated.texts).toHaveLength(english.texts.length);
    english.texts.forEach((en, i) => {
      if (en.trim() !== '') expect(translated.texts[i].trim(), en).not.toBe('');
      if (isWord(en)) expect(translated.texts[i], en).not.toBe(en);
    });
    expect(project.name).toBe(FIELDS.name);
  });

  it('names and describes every template in the catalogue', () => {
    const t = translator(language);
    const en = translator('en');
    for (const tpl of TEMPLATES) {
      for (const key of [tpl.nameKey, tpl.descriptionKey]) {
        expect(t(key)).not.toBe(key);
        expect(t(key)).not.toBe(en(key));
      }
    }
    expect(CATALOGUES[language]).toHaveProperty('templates.languageLabel');
  });
});

describe('English stays the default', () => {
  it.each(TEMPLATE_IDS)('%s: no language and "en" build the same project', (id) => {
    expect(buildTemplate(id, { ...FIELDS, language: 'en' })).toEqual(buildTemplate(id, FIELDS));
  });
});

describe('the Chinese templates speak the seed', () => {
  it("supermarket: the seed's own step names, in the seed's order", () => {
    const project = buildTemplate('supermarket', { ...FIELDS, language: 'zh-CN' });
    expect(project.steps.map((s) => s.title)).toEqual([
      '开始',
      '骑车',
      '找停车的地方',
      '存包',
      '进超市',
      '拿货框',
      '查看方位',
      '逛休闲食品区',
      '选择商品',
      '请售货员帮忙',
      '准备结帐',
      '等待',
      '付款',
      '拿包',
      '骑车回家',
      '结束',
    ]);
  });

  it("phone call: the seed's measures", () => {
    const project = buildTemplate('phone-call', { ...FIELDS, language: 'zh-CN' });
    const measures = project.steps.flatMap((s) => s.moment?.standard.measures.map((m) => m.text) ?? []);
    expect(measures).toEqual(
      expect.arrayContaining([
        '总机接线员是否向您有礼貌地问好？',
        '总机接线员是否马上接听电话？（约在三次铃响之内）',
        '如转接不成功，总机接线员是否向您道歉？',
        '总机接线员转接前是否告诉您转接的人或分机号码？',
        '您的留言是否在第二个工作日结束之前有回音？',
        '是否按照预定的时间与您联系？',
      ]),
    );
  });
});

describe("a built project is the user's text", () => {
  it('is not tied to the catalogue: editing one built project leaves the next one as built', () => {
    const a = buildTemplate('supermarket', { ...FIELDS, language: 'hu' });
    a.steps[0].title = 'Saját';
    a.stages[0].name = 'Saját';
    const b = buildTemplate('supermarket', { ...FIELDS, language: 'hu' });
    expect(b.steps[0].title).not.toBe('Saját');
    expect(b.stages[0].name).not.toBe('Saját');
  });
});

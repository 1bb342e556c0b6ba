import { describe, expect, it } from 'vitest';
import { lintMessage, lintProject } from '../../../shared/analysis';
import { LANGUAGES, type Language } from '../../../shared/i18n/languages';
import { translator } from '../../../shared/i18n/translator';
import { makeProject, moment } from '../model/build';

/** One project with a finding of every kind. */
function problemProject() {
  const project = makeProject({
    steps: [
      { id: 'start', kind: 'start', title: 'Pénztár' },
      { id: 'stuck', title: '进超市' },
      { id: 'untitled', title: ' ', kind: 'end' },
      {
        id: 'risky',
        title: 'Pay',
        kind: 'end',
        moment: moment((m) => {
          m.momentOfTruth = true;
          m.risk = { likelihood: 4, impact: 5, description: '', mitigation: '' };
          m.servqual.reliability = { expectation: 6, perception: null };
          m.servqual.empathy = { expectation: null, perception: 3 };
        }),
      },
    ],
    flows: [
      ['start', 'stuck'],
      ['start', 'risky'],
    ],
  });
  project.flows.push(
    { id: 'f-to', from: 'start', to: 'gone', label: 'no stock', kind: 'alternative' },
    { id: 'f-none', from: 'x', to: 'y', label: '', kind: 'main' },
  );
  return project;
}

const messages = (lng: Language) => lintProject(problemProject()).map((f) => lintMessage(translator(lng), lng, f));

describe('lintMessage', () => {
  it('words findings in English as the lint always did', () => {
    expect(messages('en')).toEqual([
      'An untitled step cannot be reached from the start of the journey.',
      '"进超市" leads nowhere: connect it to a next step or make it an end.',
      'The flow "no stock" from "Pénztár" leads to a step that no longer exists.',
      'A flow joins two steps that no longer exist.',
      '"Pay" is a moment of truth but has no quality standard or measures.',
      '"Pay" has a critical risk (score 20) and no mitigation.',
      '"Pay" has SERVQUAL scores without a gap: Reliability has an expectation but no perception; Empathy has a perception but no expectation.',
    ]);
  });

  it('words findings in Hungarian, each title quoted before a colon so it needs no case ending', () => {
    const t = translator('hu');
    expect(messages('hu')).toEqual([
      'Névtelen lépés: az ügyfélút elejéről nem érhető el.',
      '„进超市”: nem vezet tovább; kösse össze a következő lépéssel, vagy jelölje befejezésnek.',
      '„no stock” átmenet (kiindulópont: „Pénztár”) már nem létező lépésbe vezet.',
      'Egy átmenet két már nem létező lépést köt össze.',
      '„Pay”: az igazság pillanata, de nincs minőségi standardja és mérőszáma.',
      `„Pay”: ${t('domain.riskLevels.critical').toLocaleLowerCase('hu')} kockázat (20 pont), kockázatcsökkentés nélkül.`,
      `„Pay”: SERVQUAL-pontszámok rés nélkül – ${t('domain.dimensions.reliability')}: van elvárás, de nincs észlelés; ${t('domain.dimensions.empathy')}: van észlelés, de nincs elvárás.`,
    ]);
  });

  it('words findings in Lithuanian, Estonian and Chinese', () => {
    expect(messages('lt').slice(0, 5)).toEqual([
      'Žingsnis be pavadinimo: nepasiekiamas nuo kelionės pradžios.',
      '„进超市“: niekur neveda; sujunkite jį su kitu žingsniu arba paverskite pabaiga.',
      'Srautas „no stock“ (pradžia: „Pénztár“) veda į nebesantį žingsnį.',
      'Srautas jungia du nebesančius žingsnius.',
      '„Pay“: tiesos momentas, bet neturi nei kokybės standarto, nei rodiklių.',
    ]);
    expect(messages('et').slice(0, 5)).toEqual([
      'Nimetu samm: teekonna algusest ei pääse sellele sammule.',
      '„进超市“ ei vii kuhugi: ühenda see järgmise sammuga või tee sellest lõpp.',
      'Voog „no stock“ (algus: „Pénztár“) viib sammule, mida enam pole.',
      'Üks voog ühendab kahte sammu, mida enam pole.',
      '„Pay“ on tõehetk, kuid sellel pole kvaliteedistandardit ega mõõdikuid.',
    ]);
    const t = translator('zh-CN');
    expect(messages('zh-CN')).toEqual([
      '未命名步骤：从旅程起点无法到达。',
      '“进超市”：没有去向，请将其连接到下一个步骤，或设为结束。',
      '连线“no stock”（起点：“Pénztár”）指向一个已不存在的步骤。',
      '某条连线两端的步骤均已不存在。',
      '“Pay”：是关键时刻，但没有优质服务标准或衡量方法。',
      `“Pay”：风险等级为${t('domain.riskLevels.critical').toLocaleLowerCase('zh-CN')}（分值20），但没有缓解措施。`,
      `“Pay”：有SERVQUAL评分但无法计算差距——${t('domain.dimensions.reliability')}有期望但无感知；${t('domain.dimensions.empathy')}有感知但无期望。`,
    ]);
  });

  it('leaves no catalogue key unresolved and keeps every title, in every language', () => {
    for (const lng of LANGUAGES) {
      const texts = messages(lng);
      expect(texts).toHaveLength(7);
      for (const text of texts) expect(text).not.toMatch(/\b(lint|domain)\.|\{\{/);
      expect(texts[1]).toContain('进超市');
      expect(texts[2]).toContain('no stock');
      expect(texts[2]).toContain('Pénztár');
      for (const text of texts.slice(4)) expect(text).toContain('Pay');
      if (lng !== 'en') expect(texts.some((text, i) => text === messages('en')[i])).toBe(false);
    }
  });
});

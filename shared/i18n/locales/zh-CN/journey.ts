import type { Messages } from '../../messages';

/** zh-CN: the journey-map row names, translated from ../en/journey.ts (terms as in docs/glossary.md). */
export const journey: Messages = {
  rows: {
    names: {
      emotion: '情绪',
      touchpoint: '接触点',
      thoughts: '想法',
      senses: '感官',
      painPoints: '痛点',
      opportunities: '机会点',
      risk: '风险',
      servqualGap: 'SERVQUAL差距',
      standard: '服务标准',
      waitTime: '等待时间',
      metrics: '指标',
    },
  },
};

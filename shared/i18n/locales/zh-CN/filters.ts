import type { Messages } from '../../messages';

/** zh-CN: the map filters and their chips (renderer/editor/filters), translated from ../en/filters.ts. */
export const filters: Messages = {
  filters: {
    button: '筛选',
    menu: '地图筛选',
    highRisk: '高风险和极高风险',
    momentsOfTruth: '关键时刻',
    painPoints: '有痛点的步骤',
    named: '{{kind}}：{{value}}',
    riskCell: '{{risk}}：{{likelihood}}{{l}} × {{impact}}{{i}}',
    bar: '当前筛选',
    remove: '移除筛选：{{filter}}',
    clearAll: '全部清除',
    count_other: '{{total}}个步骤中有{{matching}}个匹配',
    chipHint: '按Delete或Backspace移除此筛选',
  },
};

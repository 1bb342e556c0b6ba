import type { Messages } from '../../messages';

/** zh-CN: the journey-map rows band under the steps on the canvas (renderer/editor/rows): row headers, cells, typing notes, translated from ../en/band.ts. */
export const band: Messages = {
  band: {
    region: '旅程地图行',
    more_other: '另有{{count}}条',
    measuresDone: '已完成{{done}}/{{total}}',
    cell: '{{row}}：{{step}}',
    add: {
      thoughts: '添加想法：{{step}}',
      painPoints: '添加痛点：{{step}}',
      opportunities: '添加机会点：{{step}}',
    },
    input: {
      thoughts: '新想法：{{step}}',
      painPoints: '新痛点：{{step}}',
      opportunities: '新机会点：{{step}}',
    },
    editNote: '编辑备注：{{text}}',
    editInput: '备注文字',
    removeNote: '删除备注：{{text}}',
    inputHint: '按Enter保存，按Escape取消',
    notContact: '只有接触点才有痛点和机会点。',
    makeContact: '设为接触点',
    cancel: '取消',
    menu: {
      button: '行',
      title: '旅程地图行',
      show: '显示行：{{row}}',
      up: '上移：{{row}}',
      down: '下移：{{row}}',
    },
  },
};

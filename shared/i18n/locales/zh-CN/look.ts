import type { Messages } from '../../messages';

/** zh-CN: the visual system: theme choice and appearance settings, translated from ../en/look.ts. */
export const look: Messages = {
  look: {
    theme: {
      title: '外观',
      system: '跟随系统',
      light: '浅色',
      dark: '深色',
      hint: '“跟随系统”使用计算机的浅色或深色设置。',
    },
    /** The toolbar's overflow menu: the actions that do not fit on its row. */
    more: '更多',
    moreTitle: '更多操作',
  },
};

import type { Messages } from '../../messages';

/** zh-CN: who you are, and comments pinned to steps, flows and stages (issue J), translated from ../en/comments.ts. */
export const comments: Messages = {
  identity: {
    title: '您是谁？',
    why: '您的名字和颜色会显示在您的评论和投票旁，在工作坊中其他人也能看到。它们只保存在这台电脑上；可在设置中修改。',
    name: '显示名称',
    colour: '颜色',
    nameNeeded: '请输入其他人将看到的名字。',
    save: '保存',
    cancel: '取消',
    failed: '名字未保存：{{detail}}',
    settingTitle: '我是谁',
    settingHint: '显示在您的评论和投票旁，在工作坊中其他人也能看到。',
    notSet: '尚未设置：第一次评论或投票时会询问。',
    set: '设置名字和颜色…',
    change: '修改…',
    colours: {
      red: '红色',
      orange: '橙色',
      olive: '橄榄绿',
      green: '绿色',
      teal: '青色',
      blue: '蓝色',
      purple: '紫色',
      magenta: '品红',
      slate: '石板灰',
    },
  },
};

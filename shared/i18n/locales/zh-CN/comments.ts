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
  comments: {
    commands: {
      add: '添加评论',
      reply: '回复评论',
      edit: '编辑评论',
      resolve: '解决评论',
      reopen: '重新打开评论',
      remove: '删除评论',
      removeReply: '删除回复',
    },
    panel: {
      title: '评论',
      close: '关闭评论',
      filter: '显示',
      list: '此旅程的评论',
      newTitle: '新评论',
      newLabel: '您的评论',
      post: '发表',
      filters: {
        open: '未解决（{{count}}）',
        resolved: '已解决（{{count}}）',
        all: '全部（{{count}}）',
      },
      empty: {
        open: '没有未解决的评论。选择一个步骤、流程或阶段后添加评论（{{shortcut}}）。',
        resolved: '没有已解决的评论。',
        all: '还没有评论。选择一个步骤、流程或阶段后添加评论（{{shortcut}}）。',
      },
      openCount_other: '{{count}}条未解决的评论',
    },
    target: {
      untitled: '未命名',
      on: {
        step: '步骤：{{name}}',
        flow: '流程：{{name}}',
        stage: '阶段：{{name}}',
      },
      removed: {
        step: '位于已删除的步骤',
        flow: '位于已删除的流程',
        stage: '位于已删除的阶段',
      },
      otherState: {
        step: '位于另一旅程状态的步骤',
        flow: '位于另一旅程状态的流程',
        stage: '位于另一旅程状态的阶段',
      },
    },
    thread: {
      label: '评论：{{name}}',
      reply: '回复',
      replyLabel: '您的回复',
      send: '发送',
      edit: '编辑',
      editLabel: '评论内容',
      save: '保存',
      cancel: '取消',
      resolve: '解决',
      reopen: '重新打开',
      delete: '删除',
      deleteReply: '删除回复',
      edited: '已编辑',
      resolvedBy: '解决者：{{name}}',
      replies_other: '{{count}}条回复',
    },
    /** The count marker on a step, a flow or a stage with open comments (its name is panel.openCount). */
    marker: {
      title: '在属性面板中查看未解决的评论',
    },
    /** Comments in the Markdown and HTML exports (the export dialog's "Include comments"). */
    export: {
      include: '包含评论',
      title: '评论',
      open: '未解决',
      resolved: '已解决',
      none: '没有评论。',
      summary: '评论：{{count}}（未解决：{{open}}）',
    },
    inspector: {
      title: '评论',
      add: '添加评论',
    },
  },
};

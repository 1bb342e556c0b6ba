import type { Messages } from '../../messages';

/** zh-CN: the personas and customer types (issue I), translated from ../en/personas.ts. */
export const personas: Messages = {
  personas: {
    panel: {
      title: '用户画像',
      intro: '谁在经历这段旅程。同一步骤中，不同用户画像的感受和想法可能不同；用用户画像筛选可按其视角查看旅程。',
      empty: '还没有用户画像。为旅程服务的每类顾客各添加一个。',
      add: '添加用户画像',
      newName: '新用户画像',
      list: '旅程的用户画像',
      name: '名称',
      description: '描述',
      goals: '目标',
      goalsHint: '每行一个目标。',
      customerType: '顾客类型',
      remove: '删除用户画像',
      removeAsk: '删除用户画像“{{name}}”？',
      removeOverrides_other: '其在{{count}}个步骤上的专属情绪或想法将一并删除（撤销可将两者一起恢复）。',
      removeConfirm: '删除',
      cancel: '取消',
      close: '关闭用户画像',
      differsNone: '每个步骤都与默认相同',
      differs_other: '在{{count}}个步骤上与默认不同',
      seeAs: '按此用户画像查看旅程',
      seeingAs: '旅程正按此用户画像显示',
    },
    guidance: {
      heading: '如何接待这位顾客',
      source: '依据服务资料中的顾客类型。',
      angry:
        '保持控制，不要被情绪带走。\n绝不要说“没有理由生气”：这只会让对方更生气。\n越过情绪，找到解决问题所需的事实。\n只承诺能做到的事；讲清楚能做什么、不能做什么。\n问对方希望问题怎样解决。',
      arguer: '说话轻柔。\n征求对方的意见。\n集中在双方认同的地方。\n回答之前先数到十。',
      talker: '表现出兴趣，但要掌控时间。\n明确说明还要接待其他顾客。\n记住：他们话多，可能是因为孤单。',
      'chronic complainer':
        '把真实的投诉与其他抱怨区分开。\n无论对方说什么，都不要辩解；让对方说完。\n投诉有理时，采取措施解决问题。',
      rude: '不要试图“让对方知道分寸”。\n保持礼貌，格外礼貌：对方会开始以同样的尊重回应你。\n傲慢之下，他们往往感到孤独和不安。',
      demanding:
        '他们会打断你并要求立即得到关注，常常出于不安。\n像对待其他人一样尊重他们。\n不给特殊待遇：不要迁就他们的要求。',
      none: '服务资料没有为这类顾客给出专门的规则。',
    },
    inspector: {
      heading: '用户画像',
      persona: '按用户画像显示',
      none: '默认（所有顾客）',
      emotion: '此用户画像的情绪',
      asDefault: '同默认：{{value}}',
      notAssessed: '未评估',
      thoughts: '此用户画像的想法',
      thoughtsHint: '每行一个想法。在此处或想法行中修改之前，此用户画像使用此处显示的默认想法。',
      defaultSection: '这些是默认想法，适用于所有顾客。所选用户画像的想法在“用户画像”部分。',
      useDefault: '使用默认想法',
      defaultThoughts: '默认想法：{{thoughts}}',
      goals: '目标：{{goals}}',
    },
    curve: {
      default: '默认',
    },
    filter: {
      kind: '用户画像',
    },
    commands: {
      setOverride: '设置用户画像的情绪和想法',
      setEmotion: '设置用户画像的情绪',
      setThoughts: '设置用户画像的想法',
      clearOverride: '将用户画像恢复为默认',
      clear: {
        emotion: '恢复用户画像的情绪',
        thoughts: '恢复用户画像的想法',
      },
    },
  },
};

import type { Messages } from '../../messages';

/** zh-CN: hosting and joining a live workshop: co-editing, presence, security (issue J), translated from ../en/workshop.ts. */
export const workshop: Messages = {
  workshop: {
    yourName: '您的名字（其他人可见）',
    nameHint: '评论和投票也使用这个名字。',
    cancel: '取消',
    close: '关闭',
    unnamed: '某人',
    host: {
      title: '主持工作坊',
      intro:
        '同一网络中的其他人用代码加入，与您实时编辑这张地图。您的文件保留在这台电脑上，照常保存。您结束工作坊或关闭Touchmap时，工作坊即结束。',
      start: '开始工作坊',
      share: '把这个代码或链接交给其他人。只有拥有它的人才能加入。',
      code: '加入代码',
      link: '加入链接',
      participants: '参与者',
      joined_other: '已有{{count, number}}人加入',
      remove: '移除：{{name}}',
      end: '结束工作坊',
    },
    join: {
      title: '加入工作坊',
      code: '加入代码或链接',
      teamServer: '改为加入团队服务器',
      serverUrl: '服务器地址（ws://或wss://）',
      token: '访问令牌',
      join: '加入',
      joining: '正在加入…',
      alreadyInWorkshop: '已打开一个加入链接，但您已在一个工作坊中。请先离开当前工作坊，再重新打开该链接。',
    },
    team: {
      hostOn: '改为在团队服务器上主持',
      hostIntro:
        '地图将以下面的名称放到团队的同步服务器上；其他人凭服务器地址、访问令牌和地图名称在那里加入。您的文件仍保存在这台电脑上，并照常保存。',
      map: '服务器上的地图名称（字母、数字、-和_）',
      share: '其他人通过“加入工作坊”›团队服务器加入，使用此地址、团队的访问令牌和此地图名称。',
      address: '服务器地址',
    },
    strip: {
      label: '工作坊',
      people: '在场的其他人',
      manage: '代码和参与者…',
      saveCopy: '保存副本',
      leave: '离开工作坊',
    },
    status: {
      connected: '已连接',
      reconnecting: '正在重新连接…',
      offline: '离线：您的修改会保留，恢复连接后自动合并',
    },
    ended: {
      left: '您已离开工作坊。',
      'host-ended': '主持人已结束工作坊。',
      removed: '主持人已将您移出工作坊。地图仍然打开；可用“保存副本”保留它。',
    },
    repaired_other:
      '不同的人同时做出的修改发生冲突（例如有人删除了一个步骤，而另一个人正在连接它）：为保持地图有效，舍弃了{{count, number}}项。',
    errors: {
      empty: '请输入加入代码或粘贴链接。',
      malformed: '这不是加入代码或链接。请与主持人核对后重试。',
      refused: '工作坊拒绝了这个代码：代码错误或已失效，或者尝试了太多错误代码。请向主持人重新索取代码。',
      unreachable: '工作坊没有响应。请确认您与主持人在同一网络中，并且工作坊仍在进行。',
      badUpdate: '有一项修改无法读取，未被共享。',
      notInWorkshop: '没有正在进行的工作坊。',
      notHost: '只有主持人可以移除参与者。',
      teamEmpty: '请填写服务器地址、访问令牌和地图名称。',
      teamMalformed:
        '请检查团队服务器的信息：地址以ws://或wss://开头，访问令牌为16到128个字母、数字、-或_，地图名称只含字母、数字、-和_。',
      mapExists: '团队服务器上已有名为“{{map}}”的地图。请加入该地图，或用其他名称主持您的地图。',
      noMap: '这里还没有名为“{{map}}”的地图。请与主持人核对名称。',
      teamRefused: '团队服务器拒绝了这个访问令牌，或这台电脑尝试了太多错误的令牌。请与服务器管理员核对令牌。',
      teamUnreachable: '团队服务器没有响应。请检查其地址，并确认服务器正在运行。',
      unknownParticipant: '此人不在工作坊中（或已离开）。',
      invalidProject: '工作坊未能开始，因为项目无效：{{detail}}',
    },
  },
};

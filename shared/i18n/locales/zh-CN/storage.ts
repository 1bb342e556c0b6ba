import type { Messages } from '../../messages';

/** zh-CN: the storage area, translated from ../en/storage.ts. Full-width punctuation. */
export const storage: Messages = {
  storage: {
    rejectedSender: '已拒绝请求（{{channel}}）：该请求并非来自Touchmap的窗口。',
    pdf: {
      fontsMissing: 'Touchmap自带的PDF字体缺失（resources/fonts）',
      outOfMemory: '生成字体子集时内存不足',
      subsetFailed: '无法生成字体子集',
    },
    journal: {
      otherVersion: '恢复日志属于该项目文件的另一个版本。',
      closed: '恢复日志已关闭。',
      full: '恢复日志已满。请保存项目，以确保您的更改安全。',
      tooLarge: '恢复日志过大，无法读取。',
      baseUnreadable: '无法保留您的编辑以供恢复：无法读取项目文件。',
    },
    file: {
      missing: '项目文件缺失。',
      notAFile: '项目路径不是文件。',
      tooLarge: '文件大小为{{size}}；Touchmap只能打开不超过{{limit}}的项目文件。',
      notUtf8: '文件中的部分文本不是有效的UTF-8（文件已损坏或以其他编码保存）；打开它会丢失这些字符。',
      notThere: '文件{{file}}不存在（可能已被移动、重命名或删除，或位于未连接的驱动器上）。',
      megabytes: '{{value}} MB',
    },
    library: {
      templateBroken: '模板“{{template}}”已损坏：{{detail}}',
      changedOnDisk: '“{{name}}”未保存：自您打开以来，文件{{file}}已在磁盘上被更改（可能有其他程序或他人编辑过）。',
      idChanged: '项目未保存：其ID已更改。',
      cannotRename: '无法重命名“{{name}}”：{{detail}}',
      backupGone: '该备份已不存在。',
      backupUnreadable: '该备份同样无法读取：{{detail}}',
      noFreshId: '无法选定新的项目ID。',
      notInLibrary: '该项目不在项目库中（可能已被删除）。',
      cannotOpen: '无法打开“{{name}}”：{{detail}}',
      quarantined: '无法打开“{{name}}”：{{detail}}该文件已移至隔离文件夹。',
      ownFolder: '该文件夹存放的是Touchmap自身的文件。请将项目保存到其他位置，例如“文档”文件夹。',
      otherProjectsFile: '项目“{{name}}”就保存在该文件中。请另选一个名称，以免任何项目丢失。',
      notTouchmap: '“{{name}}”不是Touchmap项目。只能打开.touchmap文件。',
      theFile: '该文件',
      tooLargeToOpen: '无法打开“{{name}}”：文件大小为{{size}}；Touchmap只能打开不超过{{limit}}的项目文件。',
    },
    save: {
      notSaved: '项目未保存：{{detail}}',
      tooLarge: '项目过大，无法保存（项目文件上限为{{limit}} MB）。',
      workerStopped: '保存进程已停止（退出代码：{{code}}）。',
    },
  },
};

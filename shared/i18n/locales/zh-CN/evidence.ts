import type { Messages } from '../../messages';

/** zh-CN: the SERVQUAL as measured: scale, decimal means, respondents and evidence (issue I), translated from ../en/evidence.ts. */
export const evidence: Messages = {
  evidence: {
    outsideScale:
      '{{where}}：SERVQUAL“$t(domain.dimensions.{{dimension}})”的$t(reader.path.field.{{field}})为{{value, number}}，超出项目量表1到{{scale}}的范围。',
    commands: {
      setServqualScale: '更改SERVQUAL量表',
    },
    inspector: {
      scaleHint: '量表{{min}}到{{max}}上的平均值（显示两位小数）；n：受访者人数。',
      expectationHint: '期望：平均值，{{min}}到{{max}}',
      perceptionHint: '感知：平均值，{{min}}到{{max}}',
      respondentsShort: 'n',
      respondentsHint: '平均值所依据的受访者人数',
      respondents: '{{dimension}}：受访者',
      outOfScale: '请输入{{min}}到{{max}}之间的数',
      respondentsInvalid: '请输入不小于1的整数',
    },
    scale: {
      label: 'SERVQUAL量表',
      hint: '期望与感知的答题量表',
      option: '{{min}}到{{max}}',
      dialogTitle: '将SERVQUAL量表改为{{scale}}？',
      converts_other: '项目中有{{count, number}}个分值，每个都将从{{from}}线性换算到{{to}}。',
      formula: '分值x变为1 + (x − 1) × (新上限 − 1) ÷ (旧上限 − 1)：两端仍为两端，保留全部精度。差距随之按比例变化。',
      examples: '换算前后的分值',
      step: '步骤',
      score: '分值',
      before: '换算前（{{scale}}）',
      after: '换算后（{{scale}}）',
      field: {
        expectation: '{{dimension}}：期望',
        perception: '{{dimension}}：感知',
      },
      more_other: '另有{{count, number}}个分值',
      undo: '撤销（Ctrl+Z）可一步恢复所有分值。',
      confirm_other: '换算{{count, number}}个分值',
      cancel: '取消',
    },
  },
};

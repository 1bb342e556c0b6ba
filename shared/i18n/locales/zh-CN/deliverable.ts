import type { Messages } from '../../messages';

/** zh-CN: the deliverable: page presets, tiled PDF pages, the insights page, export thumbnail, translated from ../en/deliverable.ts. */
export const deliverable: Messages = {
  deliverable: {
    dialog: {
      formatPdf: 'PDF（矢量，大地图分页）',
      page: '页面',
      pages: {
        slide: '幻灯片16:9',
        A4: 'A4横向',
        A3: 'A3横向',
        map: '地图原始尺寸',
      },
      rows: '旅程地图行',
      allRows: '全部行',
      noRows: '不显示行',
      insightsPage: '末尾附洞察页',
      theme: '主题',
      themes: { light: '浅色', dark: '深色' },
      preview: '导出预览',
      previewPending: '正在绘制预览…',
      pageCount_other: '{{count}}页',
      tiledNote: '分页缩放至{{percent}}：步骤标题约{{points}}磅',
    },
    pdf: {
      pageOf: '第{{page}}页，共{{pages}}页',
      tiled_other: '地图在可读尺寸下无法放入一页，因此按{{percent}}分成{{count}}页（步骤标题约{{points}}磅）。',
      insightsTitle: '洞察',
    },
  },
};

/**
 * HTML export: the journey map as one self-contained web page anyone can open from a USB
 * stick in a current browser. The map is the export drawing (the same display list as the
 * SVG and PDF) written inline as SVG; a small viewer (./htmlViewer.ts) pans, zooms, shows a
 * step's annotations, turns rows on and off and finds steps by name. No network access and
 * no other file: a strict Content-Security-Policy allows only the page's own style and
 * script (by hash) and `data:` images. The project travels inside (./htmlMeta.ts), so
 * Touchmap opens the page again as a project.
 */
import { formatNumber } from '../i18n/format';
import { journeyRows } from '../model/rows';
import type { Project } from '../model/types';
import type { JourneyDrawingOptions } from './drawing/buildDrawing';
import { buildJourneyDrawing } from './drawing/buildDrawing';
import { DEFAULT_THEME } from './drawing/theme';
import { exportLanguage, type ExportLanguage } from './exportLanguage';
import { HTML_PROJECT_ID, htmlJsonBlock } from './htmlMeta';
import { panelSteps, type PanelStep } from './htmlPanel';
import { htmlCommentsBlock, stepCommentLines } from './commentsExport';
import { VIEWER_SCRIPT, VIEWER_STYLE } from './htmlViewer';
import { cspHash } from './sha256';
import { drawingToSvg } from './svg';
import { serializeProject } from './touchmapFile';
import { escapeXmlAttr, escapeXmlText } from './xml';

/** The id of the data block holding the viewer's words, rows and panels. */
export const HTML_VIEWER_ID = 'touchmap-viewer';

export interface HtmlExportOptions extends JourneyDrawingOptions {
  /** The language the page is written in: its fixed words and numbers (English by default). */
  text?: ExportLanguage;
  /** The comment threads: listed in the header and in each step's panel (off by default). */
  includeComments?: boolean;
}

export interface HtmlExport {
  html: string;
  /** The map's size in CSS px, as drawn (the viewer fits it to the window). */
  width: number;
  height: number;
  warnings: string[];
}

/** The viewer's fixed words, from the catalogue in the export's language. */
function viewerWords(text: ExportLanguage) {
  const { t } = text;
  return {
    panel: t('viewer.page.panel'),
    empty: t('viewer.page.empty'),
    close: t('viewer.page.close'),
    matches: t('viewer.page.matches', { count: '{{count}}' }),
    noMatch: t('viewer.page.noMatch'),
  };
}

let policy: string | null = null;

/**
 * The page's Content-Security-Policy: nothing from anywhere, except its own inline style and
 * script (named by their hashes, so nothing injected could run) and `data:` images.
 */
export function htmlContentSecurityPolicy(): string {
  policy ??= [
    "default-src 'none'",
    `script-src ${cspHash(VIEWER_SCRIPT)}`,
    `style-src ${cspHash(VIEWER_STYLE)}`,
    'img-src data:',
    "base-uri 'none'",
    "form-action 'none'",
  ].join('; ');
  return policy;
}

/**
 * The project's personas (format 4) in the page's header: a disclosure that opens the list
 * (name, customer type, description, goals); empty when the project has none. User text escaped.
 */
export function personasBlock(project: Project, text: ExportLanguage): string {
  if (!project.personas.length) return '';
  const { t } = text;
  const h = escapeXmlText;
  const title = t('personas.panel.title');
  const items = project.personas.map((p) => {
    const goals = p.goals?.length
      ? `<p class="type">${h(t('personas.panel.goals'))}</p><ul>${p.goals.map((g) => `<li>${h(g)}</li>`).join('')}</ul>`
      : '';
    return (
      `<h3>${h(p.name || t('personas.panel.newName'))}</h3>` +
      `<p class="type">${h(t('personas.panel.customerType'))}: ${h(t(`domain.customerTypes.${p.customerType}`))}</p>` +
      (p.description ? `<p>${h(p.description)}</p>` : '') +
      goals
    );
  });
  return (
    `<details class="personas"><summary>${h(title)} (${formatNumber(text.lng, project.personas.length)})</summary>` +
    `<div class="personas-list" role="region" aria-label="${escapeXmlAttr(t('personas.panel.list'))}">${items.join('')}</div></details>`
  );
}

/** The steps' panels with a Comments section on each commented step, when the comments are exported. */
function withComments(steps: PanelStep[], project: Project | null, text: ExportLanguage): PanelStep[] {
  if (!project) return steps;
  const lines = stepCommentLines(project, text);
  return steps.map((step) => {
    const items = lines.get(step.id);
    return items
      ? { ...step, sections: [...step.sections, { heading: text.t('comments.export.title'), items }] }
      : step;
  });
}

/** The drawing's SVG without its XML declaration and outer element: the shapes to inline in the page. */
function svgBody(svg: string): string {
  const open = svg.indexOf('<svg');
  const body = svg.indexOf('\n', open) + 1;
  const close = svg.lastIndexOf('</svg>');
  return svg.slice(body, close);
}

/**
 * Write the journey map as a self-contained HTML page.
 *
 * @example
 * const { html } = renderJourneyHtml(project, { measureText, text: exportLanguage('hu'), includeLegend: true });
 */
export function renderJourneyHtml(project: Project, options: HtmlExportOptions): HtmlExport {
  const text = options.text ?? exportLanguage();
  const { t } = text;
  const rows = journeyRows(project);
  // The page's header carries the title and the date; the drawing is the map, every row (the
  // reader turns them on and off; the project's shown ones start on) and the legend.
  const drawing = buildJourneyDrawing(project, {
    ...options,
    includeTitle: false,
    includeDate: false,
    rows: rows.map((row) => row.kind),
  });
  const theme = options.theme ?? DEFAULT_THEME;
  const svg = drawingToSvg(drawing, { fontFamily: theme.fontFamily });
  const attr = escapeXmlAttr;
  const html = escapeXmlText;
  const name = project.name || t('exportStatus.defaultFileName');

  const rowNames = rows.map((row) => ({
    kind: row.kind,
    name: t(`rows.names.${row.kind}`),
    shown: row.shown,
  }));
  const viewerData = JSON.stringify({
    lng: text.lng,
    text: viewerWords(text),
    rows: rowNames,
    steps: withComments(panelSteps(project, project.steps, text), options.includeComments ? project : null, text),
  });
  const personas = personasBlock(project, text) + (options.includeComments ? htmlCommentsBlock(project, text) : '');
  const subtitle = [project.description.split('\n')[0], options.includeDate && options.date ? options.date : '']
    .filter(Boolean)
    .join(' · ');

  const page = [
    '<!DOCTYPE html>',
    `<html lang="${attr(text.lng)}">`,
    '<head>',
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="${attr(htmlContentSecurityPolicy())}">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    '<meta name="generator" content="Touchmap">',
    '<meta name="referrer" content="no-referrer">',
    `<title>${html(name)}</title>`,
    `<style>${VIEWER_STYLE}</style>`,
    '</head>',
    '<body>',
    '<header>',
    `<div class="title"><h1>${html(name)}</h1>${subtitle ? `<p class="subtitle">${html(subtitle)}</p>` : ''}</div>`,
    `<div class="find" role="search"><input id="find" type="search" autocomplete="off" spellcheck="false" aria-label="${attr(t('viewer.page.find'))}" placeholder="${attr(t('viewer.page.findPlaceholder'))}" aria-describedby="find-status" aria-controls="results">`,
    `<p id="find-status" class="status" role="status"></p><ul id="results" class="results" hidden></ul></div>`,
    personas,
    `<div class="zoom" role="group" aria-label="${attr(t('viewer.page.controls'))}">`,
    `<button type="button" id="zoom-out" aria-label="${attr(t('viewer.page.zoomOut'))}" title="${attr(t('viewer.page.zoomOut'))}">\u2212</button>`,
    `<button type="button" id="zoom-in" aria-label="${attr(t('viewer.page.zoomIn'))}" title="${attr(t('viewer.page.zoomIn'))}">+</button>`,
    `<button type="button" id="zoom-fit" class="fit">${html(t('viewer.page.fit'))}</button>`,
    '</div>',
    '</header>',
    `<fieldset id="rows" class="rows" hidden><legend>${html(t('viewer.page.rows'))}</legend></fieldset>`,
    `<div id="map" class="map" tabindex="0" role="region" aria-label="${attr(t('viewer.page.map'))}" aria-describedby="help">`,
    `<svg data-width="${drawing.width}" data-height="${drawing.height}" viewBox="0 0 ${drawing.width} ${drawing.height}" preserveAspectRatio="xMinYMin meet" font-family="${attr(theme.fontFamily)}">`,
    svgBody(svg),
    '</svg>',
    '</div>',
    `<aside id="panel" class="panel idle" aria-label="${attr(t('viewer.page.panel'))}"><h2>${html(t('viewer.page.panel'))}</h2><p class="empty">${html(t('viewer.page.empty'))}</p></aside>`,
    `<footer><span id="help">${html(t('viewer.page.help'))}</span><span>${html(t('viewer.page.madeWith'))}</span></footer>`,
    htmlJsonBlock(HTML_VIEWER_ID, viewerData),
    htmlJsonBlock(HTML_PROJECT_ID, serializeProject(project)),
    `<script>${VIEWER_SCRIPT}</script>`,
    '</body>',
    '</html>',
    '',
  ].join('\n');
  return { html: page, width: drawing.width, height: drawing.height, warnings: drawing.warnings };
}

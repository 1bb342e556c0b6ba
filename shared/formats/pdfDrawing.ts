/**
 * Writes a display list into a PDF page as vector graphics: shapes as PDF
 * paths, text as real text (selectable, searchable) in the fonts chosen by
 * pdfFonts.ts.
 *
 * The content stream is written directly as PDF operators rather than
 * through pdf-lib's draw* calls, which build an object per operator and
 * took most of a second for a 300-step map; pdf-lib still owns the
 * document, fonts and resources. The drawing's y axis points down; one `cm`
 * flips it, so path data is written as drawn.
 */
import type { PDFDocument, PDFFont, PDFPage } from 'pdf-lib';
import type { DrawItem, Paint, TextItem } from './drawing/displayList';
import { roundedRectPath } from './drawing/geometry';
import type { PdfFonts } from './pdfFonts';

/** Where the drawing goes: its top-left corner on the page (PDF points, y up) and px-to-pt scale. */
export interface Placement {
  left: number;
  top: number;
  scale: number;
}

/** A number as PDF writes it: at most 3 decimals, never in exponent form. */
function n(value: number): string {
  const rounded = Math.round(value * 1000) / 1000;
  return Object.is(rounded, -0) || Math.abs(rounded) < 0.001 ? '0' : String(rounded);
}

/** `#rrggbb` as the three PDF colour components; anything else is black rather than a failed export. */
export function rgbComponents(hex: string): string {
  const m = /^#([0-9a-f]{6})$/i.exec(hex);
  if (!m) return '0 0 0';
  const v = parseInt(m[1], 16);
  return `${n(((v >> 16) & 255) / 255)} ${n(((v >> 8) & 255) / 255)} ${n((v & 255) / 255)}`;
}

/** Absolute M/L/C/Z path data (the only commands the display list uses) as PDF path operators. */
export function pathOperators(d: string): string {
  const tokens = d.match(/[MLCZ]|-?\d*\.?\d+(?:e[-+]?\d+)?/gi) ?? [];
  const out: string[] = [];
  let i = 0;
  const take = (count: number): string => {
    const args = tokens.slice(i, i + count).map((t) => n(Number(t)));
    i += count;
    return args.join(' ');
  };
  while (i < tokens.length) {
    const cmd = tokens[i++].toUpperCase();
    if (cmd === 'M') out.push(`${take(2)} m`);
    else if (cmd === 'L') out.push(`${take(2)} l`);
    else if (cmd === 'C') out.push(`${take(6)} c`);
    else if (cmd === 'Z') out.push('h');
    else throw new Error(`Unsupported path command in drawing: ${cmd}`);
  }
  return out.join(' ');
}

/** Every text line in a display list. */
export function* drawingTexts(items: readonly DrawItem[]): Generator<string> {
  for (const item of items) {
    if (item.type === 'text') yield* item.lines;
    else if (item.type === 'group') yield* drawingTexts(item.items);
  }
}

export interface DrawStats {
  /** Text lines drawn with characters replaced because no font had them. */
  replaced: string[];
}

/** Collects the operators of one page and attaches them as a compressed content stream. */
export class PdfPageWriter {
  private readonly parts: string[] = [];
  private readonly fontKeys = new Map<PDFFont, string>();
  readonly stats: DrawStats = { replaced: [] };

  constructor(
    private readonly page: PDFPage,
    private readonly fonts: PdfFonts,
  ) {}

  /** Draw items with their top-left at `at` (PDF points from the page's bottom-left), scaled. */
  draw(items: readonly DrawItem[], at: Placement): void {
    this.parts.push(`q ${n(at.scale)} 0 0 ${n(-at.scale)} ${n(at.left)} ${n(at.top)} cm`);
    this.items(items);
    this.parts.push('Q');
  }

  /** Clip what follows to a rectangle (PDF points, y up) until `unclip`. */
  clip(x: number, y: number, width: number, height: number): void {
    this.parts.push(`q ${n(x)} ${n(y)} ${n(width)} ${n(height)} re W n`);
  }

  unclip(): void {
    this.parts.push('Q');
  }

  /** Add the stream to the page. Call once, after drawing. */
  finish(doc: PDFDocument): void {
    const stream = doc.context.flateStream(this.parts.join('\n'));
    this.page.node.addContentStream(doc.context.register(stream));
  }

  private fontKey(font: PDFFont): string {
    let key = this.fontKeys.get(font);
    if (!key) {
      key = this.page.node.newFontDictionary(font.name, font.ref).toString();
      this.fontKeys.set(font, key);
    }
    return key;
  }

  private paint(p: Paint, geometry: string): void {
    const stroked = p.stroke !== undefined && (p.strokeWidth ?? 1) > 0;
    let ops = 'q ';
    if (p.fill) ops += `${rgbComponents(p.fill)} rg `;
    if (stroked) {
      ops += `${rgbComponents(p.stroke ?? '#000000')} RG ${n(p.strokeWidth ?? 1)} w `;
      if (p.dash?.length) ops += `[${p.dash.map(n).join(' ')}] 0 d `;
      if (p.lineCap === 'round') ops += '1 J ';
    }
    const op = p.fill && stroked ? 'B' : p.fill ? 'f' : stroked ? 'S' : 'n';
    this.parts.push(`${ops}${geometry} ${op} Q`);
  }

  private text(t: TextItem): void {
    t.lines.forEach((line, i) => {
      const resolved = this.fonts.resolve(line, t.fontWeight);
      if (resolved.replaced) this.stats.replaced.push(line);
      let x = t.x;
      if (t.anchor !== 'start') {
        const width = resolved.font.widthOfTextAtSize(resolved.text, t.fontSize);
        x -= t.anchor === 'middle' ? width / 2 : width;
      }
      // encodeText also tells a subset font which glyphs to embed.
      const encoded = resolved.font.encodeText(resolved.text).toString();
      // The text matrix flips y back, so glyphs stand upright in the flipped drawing space.
      this.parts.push(
        `BT ${this.fontKey(resolved.font)} ${n(t.fontSize)} Tf ${rgbComponents(t.fill)} rg ` +
          `1 0 0 -1 ${n(x)} ${n(t.y + i * t.lineHeight)} Tm ${encoded} Tj ET`,
      );
    });
  }

  private items(items: readonly DrawItem[]): void {
    for (const item of items) {
      switch (item.type) {
        case 'rect':
          this.paint(
            item,
            item.rx
              ? pathOperators(roundedRectPath(item.x, item.y, item.width, item.height, item.rx))
              : `${n(item.x)} ${n(item.y)} ${n(item.width)} ${n(item.height)} re`,
          );
          break;
        case 'path':
          this.paint(item, pathOperators(item.d));
          break;
        case 'circle':
          this.paint(
            item,
            pathOperators(roundedRectPath(item.cx - item.r, item.cy - item.r, 2 * item.r, 2 * item.r, item.r)),
          );
          break;
        case 'text':
          this.text(item);
          break;
        case 'group':
          if (item.translate || item.scale) {
            const k = item.scale ?? 1;
            this.parts.push(`q ${n(k)} 0 0 ${n(k)} ${n(item.translate?.x ?? 0)} ${n(item.translate?.y ?? 0)} cm`);
          }
          this.items(item.items);
          if (item.translate || item.scale) this.parts.push('Q');
          break;
      }
    }
  }
}

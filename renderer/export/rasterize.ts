/**
 * PNG from the export SVG: the SVG is drawn onto a canvas at the chosen scale
 * (the browser's own SVG renderer, so text and curves match the vector file),
 * then the project is embedded in an iTXt chunk. Its errors are in the app's language.
 */
import { embedPngText, PNG_PROJECT_KEYWORD } from '../../shared/formats/pngMeta';
import i18n from '../i18n';

export async function svgToPng(
  svg: string,
  size: { width: number; height: number },
  scale: number,
  options: { transparent: boolean; embed?: string },
): Promise<Uint8Array> {
  const url = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml' }));
  try {
    const image = new Image();
    image.decoding = 'async';
    const loaded = new Promise<void>((resolve, reject) => {
      image.onload = () => resolve();
      image.onerror = () => reject(new Error(i18n.t('exportStatus.noImage')));
    });
    image.src = url;
    await loaded;
    const canvas = document.createElement('canvas');
    canvas.width = Math.ceil(size.width * scale - 1e-6);
    canvas.height = Math.ceil(size.height * scale - 1e-6);
    const ctx = canvas.getContext('2d');
    if (!ctx) throw new Error(i18n.t('exportStatus.noCanvas'));
    if (!options.transparent) {
      ctx.fillStyle = '#ffffff';
      ctx.fillRect(0, 0, canvas.width, canvas.height);
    }
    ctx.drawImage(image, 0, 0, canvas.width, canvas.height);
    const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/png'));
    if (!blob) throw new Error(i18n.t('exportStatus.noPng'));
    const png = new Uint8Array(await blob.arrayBuffer());
    return options.embed ? embedPngText(png, PNG_PROJECT_KEYWORD, options.embed) : png;
  } finally {
    URL.revokeObjectURL(url);
  }
}

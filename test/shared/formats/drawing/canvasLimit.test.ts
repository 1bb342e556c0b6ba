import { describe, expect, it } from 'vitest';
import { MAX_CANVAS_SIDE, fitScale } from '../../../../shared/formats/drawing/canvasLimit';

describe('fitScale', () => {
  it('keeps the requested scale when the image fits', () => {
    expect(fitScale(1000, 500, 2)).toEqual({ scale: 2, pixelWidth: 2000, pixelHeight: 1000 });
    // Exactly at the limit still fits.
    expect(fitScale(8192, 100, 2)).toEqual({ scale: 2, pixelWidth: 16384, pixelHeight: 200 });
  });

  it('picks the largest scale (4 significant digits) that fits and says which', () => {
    // 16384 / 10000 = 1.6384 -> 1.638; 10000 x 1.638 = 16380, 3000 x 1.638 = 4914.
    const fitted = fitScale(10000, 3000, 2);
    expect(fitted.scale).toBe(1.638);
    expect([fitted.pixelWidth, fitted.pixelHeight]).toEqual([16380, 4914]);
    expect(fitted.warning).toContain('1.638x');
    expect(fitted.warning).toContain('16380 x 4914 px');
    expect(fitted.warning).toContain('20000 x 6000 px');
  });

  it('limits by the longer side, whichever it is', () => {
    // 16384 / 20000 = 0.8192 exactly; 100 x 0.8192 = 81.92 -> 82 px.
    const fitted = fitScale(100, 20000, 1);
    expect(fitted.scale).toBe(0.8192);
    expect([fitted.pixelWidth, fitted.pixelHeight]).toEqual([82, 16384]);
    expect(fitted.warning).toContain('0.8192x');
  });

  it('rounds down so the result never passes the limit', () => {
    // 16384 / 8193 = 1.99975... -> 1.999; 8193 x 1.999 = 16377.8 -> 16378 px.
    const fitted = fitScale(8193, 10, 2);
    expect(fitted.scale).toBe(1.999);
    expect(fitted.pixelWidth).toBe(16378);
    for (const side of [16385, 30000, 123457, 999999]) {
      for (const requested of [1, 2, 3, 4]) {
        const f = fitScale(side, side / 3, requested);
        expect(Math.max(f.pixelWidth, f.pixelHeight)).toBeLessThanOrEqual(MAX_CANVAS_SIDE);
        expect(f.scale).toBeLessThan(requested);
        expect(f.scale).toBeGreaterThan((MAX_CANVAS_SIDE / side) * 0.999);
      }
    }
  });

  it('rejects sizes and scales that are not positive numbers', () => {
    expect(() => fitScale(0, 10, 1)).toThrow(RangeError);
    expect(() => fitScale(10, Number.NaN, 1)).toThrow(RangeError);
    expect(() => fitScale(10, 10, 0)).toThrow(RangeError);
    expect(() => fitScale(10, 10, Number.POSITIVE_INFINITY)).toThrow(RangeError);
  });
});

import { describe, expect, it } from 'vitest';
import { wrapText } from '../../../../shared/formats/drawing/textWrap';
import { fixedMeasure } from './support';

/** Font size 10, regular: 6 px per character with the fixed measure. */
const wrap = (text: string, maxWidth: number, maxLines = 3) =>
  wrapText(text, { maxWidth, maxLines, fontSize: 10, fontWeight: 400, measure: fixedMeasure });

describe('wrapText', () => {
  it('breaks between words, filling each line greedily', () => {
    // 60 px = 10 characters: "Ride the bike" would be 13.
    expect(wrap('Ride the bike home', 60)).toEqual(['Ride the', 'bike home']);
  });

  it('collapses runs of whitespace', () => {
    expect(wrap('  Ride\n\tthe   bike  ', 60)).toEqual(['Ride the', 'bike']);
  });

  it('stops at the line limit and ends the last line with an ellipsis that fits', () => {
    expect(wrap('Ride the bike home', 60, 1)).toEqual(['Ride the…']);
    expect(wrap('one two three four five six seven', 30, 2)).toEqual(['one', 'two…']);
    for (const line of wrap('one two three four five six seven', 30, 2))
      expect(fixedMeasure(line, 10, 400)).toBeLessThanOrEqual(30);
  });

  it('breaks a word longer than a line between characters', () => {
    expect(wrap('abcdefghijklmnop', 60)).toEqual(['abcdefghij', 'klmnop']);
    expect(wrap('abcdefghij', 30, 1)).toEqual(['abcd…']);
  });

  it('breaks Chinese text between any two characters', () => {
    expect(wrap('在收银台排队付款', 30)).toEqual(['在收银台排', '队付款']);
    expect(wrap('Pay 在收银台', 36)).toEqual(['Pay 在收', '银台']);
  });

  it('returns no lines for empty text', () => {
    expect(wrap('', 60)).toEqual([]);
    expect(wrap('   ', 60)).toEqual([]);
  });

  it('never returns a line wider than the limit, unless a single character is', () => {
    const lines = wrap('Supercalifragilistic expialidocious and so on and on and on', 42, 3);
    expect(lines.length).toBeLessThanOrEqual(3);
    for (const line of lines) expect(fixedMeasure(line, 10, 400)).toBeLessThanOrEqual(42);
    expect(wrap('W', 3)).toEqual(['W']);
  });
});

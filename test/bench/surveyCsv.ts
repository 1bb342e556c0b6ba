/** The survey benches' file: a seeded respondent CSV of 1,000 respondents x 22 statements x E and P. */
export const RESPONDENTS = 1000;
export const STATEMENTS = 22;

/** A seeded file: answers 1..7, a few left empty, points adding up to 100. */
export function respondentCsv(): string {
  let seed = 42;
  const next = () => {
    seed = (seed * 1103515245 + 12345) % 2 ** 31;
    return seed / 2 ** 31;
  };
  const headers = [
    'Respondent',
    ...Array.from({ length: STATEMENTS }, (_, i) => [`E${i + 1}`, `P${i + 1}`]).flat(),
    ...['tangibles', 'reliability', 'responsiveness', 'assurance', 'empathy'].map((d) => `Points ${d}`),
  ];
  const lines = [headers.join(';')];
  for (let r = 0; r < RESPONDENTS; r++) {
    const cells = [`R${r + 1}`];
    for (let s = 0; s < STATEMENTS * 2; s++) cells.push(next() < 0.01 ? '' : String(1 + Math.floor(next() * 7)));
    cells.push('20', '30', '15', '20', '15');
    lines.push(cells.join(';'));
  }
  return lines.join('\r\n');
}

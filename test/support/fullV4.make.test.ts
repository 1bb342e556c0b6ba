/** Writes the project of ./fullV4.ts to $WRITE_FIXTURE (a new fixture); does nothing otherwise. */
import { writeFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import { buildFullV4 } from './fullV4';

it('builds the every-field project', () => {
  const text = buildFullV4();
  expect(text.length).toBeGreaterThan(1000);
  if (process.env.WRITE_FIXTURE) writeFileSync(process.env.WRITE_FIXTURE, text);
});

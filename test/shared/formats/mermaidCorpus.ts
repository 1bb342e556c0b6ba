/**
 * The Mermaid journey corpus (real diagrams from Mermaid's docs, demos and tests, each with what
 * Mermaid's grammar yields for it). It is part of the repository, in test/fixtures/mermaid, with
 * its README and Mermaid's MIT licence notice.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));

/** test/shared/formats -> test/fixtures/mermaid. */
export const MERMAID_CORPUS_DIR = path.resolve(here, '../../fixtures/mermaid');

/** What Mermaid's own parser yields for a corpus file (expected/NN.json). */
export interface CorpusExpectation {
  detected: boolean;
  ok: boolean;
  title: string;
  accTitle: string;
  accDescr: string;
  sections: string[];
  /** `score` is the string "NaN" where Mermaid yields NaN. */
  tasks: { section: string; task: string; score: number | 'NaN'; people: string[] }[];
  actors: string[];
}

export interface CorpusEntry {
  name: string;
  source: string;
  expected: CorpusExpectation;
}

/** Every NN.mmd with its expected/NN.json. Throws when the corpus is missing: that must fail a test, not skip it. */
export function loadMermaidCorpus(): CorpusEntry[] {
  if (!existsSync(MERMAID_CORPUS_DIR)) throw new Error(`Mermaid corpus not found at ${MERMAID_CORPUS_DIR}`);
  return readdirSync(MERMAID_CORPUS_DIR)
    .filter((file) => file.endsWith('.mmd'))
    .sort()
    .map((file) => {
      const name = file.replace(/\.mmd$/, '');
      const source = readFileSync(path.join(MERMAID_CORPUS_DIR, file), 'utf8');
      const expected = JSON.parse(
        readFileSync(path.join(MERMAID_CORPUS_DIR, 'expected', `${name}.json`), 'utf8'),
      ) as CorpusExpectation;
      return { name, source, expected };
    });
}

/** Locates and reads the conformance corpus (CORPUS_DIR, default ../shared/corpus). */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { CorpusCase } from './types';

const projectRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');

/** The corpus directory, or null when it (or its manifest) is absent. */
export function corpusDir(): string | null {
  const dir = resolve(projectRoot, process.env.CORPUS_DIR ?? '../shared/corpus');
  return existsSync(join(dir, 'manifest.json')) ? dir : null;
}

/** All manifest cases of the corpus in `dir`. */
export function loadCases(dir: string): CorpusCase[] {
  const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as {
    cases: CorpusCase[];
  };
  return manifest.cases;
}

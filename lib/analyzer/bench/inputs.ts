/** Bench inputs: BuildKit's root Dockerfile and the same file repeated with renamed stages. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyze } from '../analyze';

/** BuildKit's 512-line root Dockerfile, the largest real file in the corpus. */
export function rootDockerfile(corpus: string): string {
  return readFileSync(join(corpus, 'buildkit-realworld/dockerfile/Dockerfile'), 'utf8');
}

/** The file repeated `times` times, each copy's stage names suffixed so they stay distinct. */
export function enlarge(source: string, times: number): string {
  const names = analyze(source)
    .stages.map((s) => s.name)
    .filter((n): n is string => !!n)
    .sort((a, b) => b.length - a.length);
  if (names.length === 0 || times <= 1) return Array(Math.max(times, 1)).fill(source).join('\n');
  const escaped = names.map((n) => n.replace(/[.*+?^${}()|[\]\\-]/g, '\\$&'));
  const re = new RegExp(`(?<![\\w.-])(${escaped.join('|')})(?![\\w.-])`, 'g');
  const copies: string[] = [source];
  for (let k = 1; k < times; k++) copies.push(source.replace(re, `$1-copy${k}`));
  return copies.join('\n');
}

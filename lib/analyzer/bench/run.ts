/**
 * `npm run bench`: analyze() against dockerfile-ast parse() and dockerfile-utils validate() in
 * one process, on BuildKit's root Dockerfile, on the whole corpus and on a generated input ten
 * times the root file, to show how cost grows. Skips cleanly without the corpus.
 */
import { DockerfileParser } from 'dockerfile-ast';
import { validate } from 'dockerfile-utils';
import { readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { performance } from 'node:perf_hooks';
import { analyze } from '../analyze';
import { parse } from '../parse';
import { corpusDir, loadCases } from '../conformance/corpus';

type Fn = (source: string) => unknown;

const tools: [string, Fn][] = [
  ['analyze()', (s) => analyze(s)],
  ['parse() only', (s) => parse(s)],
  ['dockerfile-ast parse()', (s) => DockerfileParser.parse(s)],
  ['dockerfile-utils validate()', (s) => validate(s)],
];

/**
 * The analyzer bundled into one module, as the web app ships it. tsx compiles every import into
 * a getter call and wraps functions for their names, which a production bundle does not do.
 * esbuild comes with tsx; without it this row is skipped.
 */
async function bundledTools(): Promise<[string, Fn][]> {
  try {
    const esbuild = await import('esbuild');
    const outfile = join(tmpdir(), `stagecraft-analyzer-bench-${process.pid}.mjs`);
    await esbuild.build({
      entryPoints: [fileURLToPath(new URL('../index.ts', import.meta.url))],
      bundle: true,
      format: 'esm',
      platform: 'neutral',
      outfile,
      logLevel: 'silent',
    });
    const mod = (await import(pathToFileURL(outfile).href)) as {
      analyze: Fn;
      parse: Fn;
    };
    return [
      ['analyze() bundled', (s) => mod.analyze(s)],
      ['parse() bundled', (s) => mod.parse(s)],
    ];
  } catch (e) {
    console.log(`(bundled rows skipped: ${(e as Error).message})`);
    return [];
  }
}

function median(xs: number[]): number {
  const s = xs.slice().sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? (s[m] ?? 0) : ((s[m - 1] ?? 0) + (s[m] ?? 0)) / 2;
}

/** Median milliseconds per call: batches of calls, after warm-up, within a time budget. */
function measure(
  fn: Fn,
  source: string,
  budgetMs = 1500,
): { ms: number; min: number; runs: number } {
  const warmEnd = performance.now() + budgetMs / 5;
  let warm = 0;
  while (warm < 20 || (performance.now() < warmEnd && warm < 500)) {
    fn(source);
    warm++;
  }
  // batch so that one sample takes ~1 ms or more, to stay above timer noise
  const t0 = performance.now();
  fn(source);
  const single = Math.max(performance.now() - t0, 0.001);
  const batch = Math.max(1, Math.min(200, Math.round(1 / single)));
  const samples: number[] = [];
  const end = performance.now() + budgetMs;
  while (samples.length < 9 || (performance.now() < end && samples.length < 400)) {
    const s = performance.now();
    for (let k = 0; k < batch; k++) fn(source);
    samples.push((performance.now() - s) / batch);
  }
  return { ms: median(samples), min: Math.min(...samples), runs: samples.length * batch };
}

/** The root file repeated `times` times, each copy's stage names suffixed so they stay distinct. */
function enlarge(source: string, times: number): string {
  const names = analyze(source)
    .stages.map((s) => s.name)
    .filter((n): n is string => !!n)
    .sort((a, b) => b.length - a.length);
  const escaped = names.map((n) => n.replace(/[.*+?^${}()|[\]\\-]/g, '\\$&'));
  const re = new RegExp(`(?<![\\w.-])(${escaped.join('|')})(?![\\w.-])`, 'g');
  const copies: string[] = [source];
  for (let k = 1; k < times; k++) copies.push(source.replace(re, `$1-copy${k}`));
  return copies.join('\n');
}

const fmt = (ms: number) => (ms < 1 ? `${(ms * 1000).toFixed(0)} µs` : `${ms.toFixed(2)} ms`);

const dir = corpusDir();
if (!dir) {
  console.log('bench: corpus not found (set CORPUS_DIR); skipped');
  process.exit(0);
}
tools.splice(2, 0, ...(await bundledTools()));
const root = readFileSync(join(dir, 'buildkit-realworld/dockerfile/Dockerfile'), 'utf8');
const big = enlarge(root, 10);
console.log(
  `BuildKit root Dockerfile: ${root.split('\n').length} lines, ${root.length} chars; ` +
    `10x input: ${big.split('\n').length} lines, ${analyze(big).stages.length} stages\n`,
);

// the minimum is printed too: on a shared machine it tracks the intrinsic cost better
const rootMs = new Map<string, number>();
const rootMin = new Map<string, number>();
console.log('root Dockerfile, median (min) per call');
for (const [name, fn] of tools) {
  const { ms, min, runs } = measure(fn, root);
  rootMs.set(name, ms);
  rootMin.set(name, min);
  console.log(`  ${name.padEnd(28)} ${fmt(ms).padStart(10)} (${fmt(min)})  ${runs} runs`);
}
for (const name of ['analyze()', 'analyze() bundled']) {
  const a = rootMs.get(name);
  if (a === undefined) continue;
  const ast = (rootMs.get('dockerfile-ast parse()') ?? NaN) / a;
  const utils = (rootMs.get('dockerfile-utils validate()') ?? NaN) / a;
  // the ratio of medians; each is measured in this same process and run
  console.log(
    `  vs ${name}: dockerfile-ast parse() ${ast.toFixed(1)}x slower, validate() ${utils.toFixed(1)}x slower`,
  );
}
console.log('');

console.log('10x input, median (min); growth = time(10x) / time(1x), budget for analyze() <= 12');
for (const [name, fn] of tools) {
  const { ms, min } = measure(fn, big, name.includes('validate') ? 4000 : 1500);
  const growth = ms / (rootMs.get(name) ?? NaN);
  const growthMin = min / (rootMin.get(name) ?? NaN);
  console.log(
    `  ${name.padEnd(28)} ${fmt(ms).padStart(10)} (${fmt(min)})  growth ${growth.toFixed(1)}x (${growthMin.toFixed(1)}x)`,
  );
}

const files = loadCases(dir).map((c) => readFileSync(join(dir, c.path), 'utf8'));
console.log(`\nwhole corpus (${files.length} files): median per file and total per pass`);
for (const [name, fn] of tools) {
  for (const f of files) fn(f);
  const perFile: number[] = [];
  const passes: number[] = [];
  for (let pass = 0; pass < 5; pass++) {
    const p0 = performance.now();
    for (const f of files) {
      const s = performance.now();
      fn(f);
      perFile.push(performance.now() - s);
    }
    passes.push(performance.now() - p0);
  }
  console.log(
    `  ${name.padEnd(28)} median ${fmt(median(perFile)).padStart(9)}/file, ` +
      `p90 ${fmt(perFile.sort((x, y) => x - y)[Math.floor(perFile.length * 0.9)] ?? NaN)}, ` +
      `pass ${fmt(median(passes))}`,
  );
}

/**
 * `npm run bench`: analyze() against dockerfile-ast parse() and dockerfile-utils validate() in
 * one process, on BuildKit's root Dockerfile, on a generated input ten times larger (to show how
 * cost grows) and on the whole corpus. Skips cleanly without the corpus. Not part of `npm test`.
 *
 * The machine is shared and often loaded, so wall-clock figures move 3–10× between runs. Two
 * things keep the headline honest: tools are measured in interleaved rounds, so every ratio pairs
 * samples taken at the same moment (the median of those paired ratios is the headline), and the
 * minimum is printed beside the median. `npm run bench:instructions` gives load-free counts.
 */
import { DockerfileParser } from 'dockerfile-ast';
import { validate } from 'dockerfile-utils';
import { readFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { performance } from 'node:perf_hooks';
import { analyze } from '../analyze';
import { parse } from '../parse';
import { corpusDir, loadCases } from '../conformance/corpus';
import { enlarge, rootDockerfile } from './inputs';

type Fn = (source: string) => unknown;

const AST = 'dockerfile-ast parse()';
const UTILS = 'dockerfile-utils validate()';

const tools: [string, Fn][] = [
  ['analyze()', (s) => analyze(s)],
  ['parse() only', (s) => parse(s)],
  [AST, (s) => DockerfileParser.parse(s)],
  [UTILS, (s) => validate(s)],
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
  return s.length % 2 ? (s[m] ?? NaN) : ((s[m - 1] ?? NaN) + (s[m] ?? NaN)) / 2;
}

interface Timing {
  /** ms per call, one entry per round */
  samples: number[];
  median: number;
  min: number;
  calls: number;
}

/**
 * Every tool on one input, in interleaved rounds: each round takes one sample of each tool (a
 * batch of calls lasting ~2 ms or more, above timer noise), so a burst of load hits all of them.
 */
function measureRounds(
  list: [string, Fn][],
  source: string,
  budgetMs: number,
): Map<string, Timing> {
  const batch = new Map<string, number>();
  for (const [name, fn] of list) {
    const warmEnd = performance.now() + Math.min(300, budgetMs / (2 * list.length));
    let warm = 0;
    let single = Infinity;
    while (warm < 5 || (performance.now() < warmEnd && warm < 300)) {
      const t = performance.now();
      fn(source);
      single = Math.min(single, performance.now() - t);
      warm++;
    }
    batch.set(name, Math.max(1, Math.min(400, Math.round(2 / Math.max(single, 0.001)))));
  }
  const out = new Map<string, Timing>(
    list.map(([name]) => [name, { samples: [], median: NaN, min: NaN, calls: 0 }]),
  );
  const end = performance.now() + budgetMs;
  let rounds = 0;
  while (rounds < 7 || (performance.now() < end && rounds < 300)) {
    for (const [name, fn] of list) {
      const n = batch.get(name) ?? 1;
      const t = out.get(name)!;
      const s = performance.now();
      for (let k = 0; k < n; k++) fn(source);
      t.samples.push((performance.now() - s) / n);
      t.calls += n;
    }
    rounds++;
  }
  for (const t of out.values()) {
    t.median = median(t.samples);
    t.min = Math.min(...t.samples);
  }
  return out;
}

/** Median over rounds of `num`'s time / `den`'s time: both sampled in the same round. */
function pairedRatio(num: Timing | undefined, den: Timing | undefined): number {
  if (!num || !den) return NaN;
  return median(num.samples.map((x, i) => x / (den.samples[i] ?? NaN)));
}

const fmt = (ms: number) =>
  Number.isNaN(ms) ? 'n/a' : ms < 1 ? `${(ms * 1000).toFixed(0)} µs` : `${ms.toFixed(2)} ms`;
const x = (r: number) => (Number.isNaN(r) ? 'n/a' : `${r.toFixed(1)}x`);
const load = () =>
  loadavg()
    .map((l) => l.toFixed(1))
    .join(' ');

const dir = corpusDir();
if (!dir) {
  console.log('bench: corpus not found (set CORPUS_DIR); skipped');
  process.exit(0);
}
tools.splice(2, 0, ...(await bundledTools()));
const root = rootDockerfile(dir);
const big = enlarge(root, 10);
console.log(
  `BuildKit root Dockerfile: ${root.split('\n').length} lines, ${root.length} chars; ` +
    `10x input: ${big.split('\n').length} lines, ${analyze(big).stages.length} stages`,
);
console.log(`load average at start: ${load()} (${process.env.npm_lifecycle_event ?? 'bench'})\n`);

const one = measureRounds(tools, root, 12000);
console.log('root Dockerfile: median (min) per call, tools interleaved');
for (const [name] of tools) {
  const t = one.get(name)!;
  console.log(
    `  ${name.padEnd(28)} ${fmt(t.median).padStart(9)} (${fmt(t.min)})  ${t.calls} calls`,
  );
}
for (const name of ['analyze()', 'analyze() bundled']) {
  const a = one.get(name);
  if (!a) continue;
  console.log(
    `  ${name} is ${x(pairedRatio(one.get(AST), a))} faster than ${AST}, ` +
      `${x(pairedRatio(one.get(UTILS), a))} faster than ${UTILS} (paired medians)`,
  );
}
console.log('');

// validate() takes ~0.5 s per call on the 10x input: it gets its own, shorter run
const ten = measureRounds(
  tools.filter(([n]) => n !== UTILS),
  big,
  12000,
);
const tenUtils = measureRounds(
  tools.filter(([n]) => n === UTILS),
  big,
  4000,
);
tenUtils.forEach((v, k) => ten.set(k, v));
console.log('10x input: median (min) per call; growth = time(10x) / time(1x), from the minima');
for (const [name] of tools) {
  const t = ten.get(name)!;
  const growth = t.min / (one.get(name)?.min ?? NaN);
  console.log(
    `  ${name.padEnd(28)} ${fmt(t.median).padStart(9)} (${fmt(t.min)})  growth ${x(growth)}`,
  );
}

const files = loadCases(dir).map((c) => readFileSync(join(dir, c.path), 'utf8'));
console.log(`\nwhole corpus (${files.length} files): median and p90 per file, total per pass`);
const passTotals = new Map<string, number>();
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
  passTotals.set(name, Math.min(...passes));
  perFile.sort((a, b) => a - b);
  console.log(
    `  ${name.padEnd(28)} median ${fmt(median(perFile)).padStart(7)}/file, ` +
      `p90 ${fmt(perFile[Math.floor(perFile.length * 0.9)] ?? NaN).padStart(7)}, ` +
      `pass ${fmt(median(passes))} (best ${fmt(Math.min(...passes))})`,
  );
}

const verdict = (ok: boolean) => (ok ? 'met' : 'MISSED');
const summarise = (name: string) => {
  const a = one.get(name);
  const b = ten.get(name);
  if (!a || !b) return;
  const vsAst = pairedRatio(one.get(AST), a);
  const growth = b.min / a.min;
  console.log(`  ${name}`);
  console.log(
    `    root file: median ${fmt(a.median)}, min ${fmt(a.min)}` +
      `  (budget <= 0.5 ms median: ${verdict(a.median <= 0.5)}; by min: ${verdict(a.min <= 0.5)})`,
  );
  console.log(
    `    vs ${AST}: ${x(vsAst)} faster` +
      `  (budget >= 10x: ${verdict(vsAst >= 10)}); vs ${UTILS}: ${x(pairedRatio(one.get(UTILS), a))}`,
  );
  console.log(`    10x input: ${x(growth)} the time (budget <= 12x: ${verdict(growth <= 12)})`);
  console.log(
    `    corpus pass: ${fmt(passTotals.get(name) ?? NaN)} for ${files.length} files ` +
      `(${AST}: ${fmt(passTotals.get(AST) ?? NaN)}, ${UTILS}: ${fmt(passTotals.get(UTILS) ?? NaN)})`,
  );
};
console.log(`\nsummary (load average now: ${load()}; 2 shared cores)`);
summarise('analyze()');
summarise('analyze() bundled');
console.log(
  '  wall-clock figures move with machine load; `npm run bench:instructions` counts instructions instead',
);

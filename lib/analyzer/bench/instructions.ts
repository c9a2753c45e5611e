/**
 * `npm run bench:instructions`: a noise-free companion to `npm run bench`. It counts CPU
 * instructions with `valgrind --tool=callgrind`, which gives the same count whatever else the
 * machine is doing, so ratios hold on a shared, loaded machine where wall-clock times do not.
 *
 * Each row runs the bundled workload twice under callgrind, with `n1` and then `n2` calls after the
 * same warm-up; the difference divided by `n2 - n1` is the cost of one call once the JIT has
 * settled (the first calls also pay for compiling, several times the steady cost).
 * Skips cleanly without the corpus or valgrind. Takes several minutes (valgrind is ~50× slower).
 */
import { spawn, spawnSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { corpusDir } from '../conformance/corpus';
import { bundleEntry } from './bundle';

const dir = corpusDir();
if (!dir) {
  console.log('bench:instructions: corpus not found (set CORPUS_DIR); skipped');
  process.exit(0);
}
if (spawnSync('valgrind', ['--version']).status !== 0) {
  console.log('bench:instructions: valgrind not found; skipped');
  process.exit(0);
}

const { dir: work, file: bundle } = await bundleEntry('workload.ts');

// one thread (no concurrent JIT or GC helpers) and fixed seeds: the count repeats run to run
const NODE_FLAGS = ['--single-threaded', '--hash-seed=1', '--random-seed=1'];

const running = new Set<ReturnType<typeof spawn>>();
// an interrupted bench must not leave valgrind running for minutes
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    for (const child of running) child.kill('SIGKILL');
    rmSync(work, { recursive: true, force: true });
    process.exit(130);
  });
}

/** Instructions callgrind counts for one workload run. */
function count(tool: string, size: string, n: number): Promise<number> {
  return new Promise((resolve, reject) => {
    const args = ['--tool=callgrind', '--callgrind-out-file=/dev/null'];
    const child = spawn('valgrind', [
      ...args,
      process.execPath,
      ...NODE_FLAGS,
      bundle,
      dir!,
      tool,
      size,
      String(n),
    ]);
    running.add(child);
    let err = '';
    child.stderr.on('data', (d: Buffer) => (err += d.toString()));
    child.on('error', reject);
    child.on('close', (code) => {
      running.delete(child);
      const m = /Collected\s*:\s*(\d+)/.exec(err);
      if (code !== 0 || !m) reject(new Error(`callgrind run failed (${code}): ${err.slice(-500)}`));
      else resolve(Number(m[1]));
    });
  });
}

interface Row {
  tool: string;
  size: '1x' | '10x';
  n1: number;
  n2: number;
}

// n1 calls settle the JIT (tier-up and a few major GCs land well after the first dozen calls);
// n2 - n1 more keep each measured stretch near a second of native time
const rows: Row[] = [
  { tool: 'analyze', size: '1x', n1: 150, n2: 400 },
  { tool: 'analyze', size: '10x', n1: 12, n2: 32 },
  { tool: 'parse', size: '1x', n1: 300, n2: 1300 },
  { tool: 'dockerfile-ast', size: '1x', n1: 100, n2: 250 },
  { tool: 'dockerfile-utils', size: '1x', n1: 10, n2: 30 },
];

const started = Date.now();
const perCall = new Map<string, number>();
const jobs: (() => Promise<void>)[] = [];
for (const row of rows) {
  const counts: number[] = [];
  for (const n of [row.n1, row.n2]) {
    jobs.push(async () => {
      counts.push(await count(row.tool, row.size, n));
      const [a, b] = counts;
      if (a !== undefined && b !== undefined) {
        perCall.set(`${row.tool} ${row.size}`, Math.abs(b - a) / (row.n2 - row.n1));
      }
    });
  }
}
// two at a time: the machine has two cores, and callgrind counts are unaffected by sharing them
async function worker(): Promise<void> {
  for (let job = jobs.shift(); job; job = jobs.shift()) await job();
}
try {
  await Promise.all([worker(), worker()]);
} finally {
  rmSync(work, { recursive: true, force: true });
}

const M = (x: number | undefined) => (x === undefined ? 'n/a' : `${(x / 1e6).toFixed(2)} M`);
const get = (k: string) => perCall.get(k) ?? NaN;
console.log('instructions per warmed-up call (callgrind; repeatable under any machine load)');
for (const r of rows) {
  const k = `${r.tool} ${r.size}`;
  console.log(`  ${k.padEnd(24)} ${M(perCall.get(k)).padStart(10)}`);
}
const a = get('analyze 1x');
console.log(
  `\n  dockerfile-ast parse() / analyze():     ${(get('dockerfile-ast 1x') / a).toFixed(1)}x  (budget >= 10x)`,
);
console.log(
  `  dockerfile-utils validate() / analyze(): ${(get('dockerfile-utils 1x') / a).toFixed(1)}x`,
);
console.log(
  `  analyze() growth, 10x input:             ${(get('analyze 10x') / a).toFixed(1)}x  (budget <= 12x)`,
);
console.log(`  (${((Date.now() - started) / 1000).toFixed(0)} s)`);

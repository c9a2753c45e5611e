/**
 * `npm run bench`: analyze() against dockerfile-ast parse() and dockerfile-utils validate() in
 * one run, on BuildKit's root Dockerfile, on a generated input ten times larger (to show how cost
 * grows) and on the whole corpus. Skips those cleanly without the corpus. First it times the
 * hostile inputs that once hung the analyzer (bench/pathological.ts). Not part of `npm test`.
 *
 * Each tool runs bundled (as the web app ships it) in its own worker thread, so in its own V8
 * isolate and heap, as analyze() runs in the editor's Web Worker. In one shared heap, a tool's
 * calls pay for collecting the garbage of whichever tool ran before it; the last section still
 * measures that way, for comparison.
 *
 * The machine is shared and often loaded, so wall-clock figures move 3–10× between runs. Two
 * things keep the headline honest: tools are measured in interleaved rounds, so every ratio pairs
 * samples taken at the same moment (the median of those paired ratios is the headline), and the
 * minimum is printed beside the median. `npm run bench:instructions` gives load-free counts.
 */
import { rmSync } from 'node:fs';
import { loadavg } from 'node:os';
import { Worker } from 'node:worker_threads';
import { analyze } from '../analyze';
import { corpusDir, loadCases } from '../conformance/corpus';
import { bundleEntry } from './bundle';
import type { IsolateReply, IsolateRequest } from './isolate';
import { enlarge, rootDockerfile } from './inputs';
import { reportPathological } from './report-pathological';

const ANALYZE = 'analyze()';
const AST = 'dockerfile-ast parse()';
const UTILS = 'dockerfile-utils validate()';

/** One measured row: a tool, called in a worker of its own or in one shared with other rows. */
interface Row {
  name: string;
  tool: string;
  worker: Worker;
}

interface Timing {
  /** ms per call, one entry per round */
  samples: number[];
  median: number;
  min: number;
  calls: number;
}

function ask(worker: Worker, req: IsolateRequest): Promise<IsolateReply> {
  return new Promise((resolve, reject) => {
    const onError = (e: Error) => {
      worker.off('message', onMessage);
      reject(e);
    };
    const onMessage = (reply: IsolateReply) => {
      worker.off('error', onError);
      resolve(reply);
    };
    worker.once('message', onMessage);
    worker.once('error', onError);
    worker.postMessage(req);
  });
}

async function askTime(worker: Worker, req: IsolateRequest): Promise<number> {
  const reply = await ask(worker, req);
  return reply.kind === 'time' ? reply.ms : NaN;
}

function median(xs: number[]): number {
  const s = xs.slice().sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? (s[m] ?? NaN) : ((s[m - 1] ?? NaN) + (s[m] ?? NaN)) / 2;
}

/**
 * Every row on one input, in interleaved rounds: each round takes one sample of each row (a
 * batch of calls lasting ~2 ms or more, above timer noise), so a burst of load hits all of them.
 * Only one worker runs at a time.
 */
async function measureRounds(
  rows: Row[],
  input: '1x' | '10x',
  budgetMs: number,
): Promise<Map<string, Timing>> {
  const batch = new Map<string, number>();
  for (const row of rows) {
    const warmMs = Math.min(300, budgetMs / (2 * rows.length));
    const single = await askTime(row.worker, {
      kind: 'warm',
      tool: row.tool,
      input,
      budgetMs: warmMs,
    });
    batch.set(row.name, Math.max(1, Math.min(400, Math.round(2 / Math.max(single, 0.001)))));
  }
  const out = new Map<string, Timing>(
    rows.map((r) => [r.name, { samples: [], median: NaN, min: NaN, calls: 0 }]),
  );
  const end = performance.now() + budgetMs;
  let rounds = 0;
  while (rounds < 7 || (performance.now() < end && rounds < 300)) {
    for (const row of rows) {
      const calls = batch.get(row.name) ?? 1;
      const t = out.get(row.name)!;
      t.samples.push(await askTime(row.worker, { kind: 'batch', tool: row.tool, input, calls }));
      t.calls += calls;
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
const kb = (bytes: number) => (Number.isNaN(bytes) ? 'n/a' : `${Math.round(bytes / 1024)} KB`);
const x = (r: number) => (Number.isNaN(r) ? 'n/a' : `${r.toFixed(1)}x`);
const load = () =>
  loadavg()
    .map((l) => l.toFixed(1))
    .join(' ');

reportPathological();
const dir = corpusDir();
if (!dir) {
  console.log('bench: corpus not found (set CORPUS_DIR); skipped');
  process.exit(0);
}
const { dir: work, file: bundle } = await bundleEntry('isolate.ts');
const workers: Worker[] = [];
const spawnWorker = () => {
  const w = new Worker(bundle, { workerData: { corpus: dir } });
  workers.push(w);
  return w;
};
const own = (name: string, tool: string): Row => ({ name, tool, worker: spawnWorker() });
const rows: Row[] = [
  own(ANALYZE, 'analyze'),
  own('parse() only', 'parse'),
  own(AST, 'dockerfile-ast'),
  own(UTILS, 'dockerfile-utils'),
];
const shared = spawnWorker();
const sharedRows: Row[] = [
  { name: `${ANALYZE}, shared heap`, tool: 'analyze', worker: shared },
  { name: `${AST}, shared heap`, tool: 'dockerfile-ast', worker: shared },
  { name: `${UTILS}, shared heap`, tool: 'dockerfile-utils', worker: shared },
];

try {
  const root = rootDockerfile(dir);
  const big = enlarge(root, 10);
  console.log(
    `BuildKit root Dockerfile: ${root.split('\n').length} lines, ${root.length} chars; ` +
      `10x input: ${big.split('\n').length} lines, ${analyze(big).stages.length} stages`,
  );
  console.log(
    `load average at start: ${load()} (${process.env.npm_lifecycle_event ?? 'bench'}); ` +
      'every tool bundled, each in its own worker isolate\n',
  );

  const one = await measureRounds(rows, '1x', 12000);
  console.log('root Dockerfile: median (min) per call, tools interleaved');
  for (const { name } of rows) {
    const t = one.get(name)!;
    console.log(
      `  ${name.padEnd(28)} ${fmt(t.median).padStart(9)} (${fmt(t.min)})  ${t.calls} calls`,
    );
  }
  const a = one.get(ANALYZE);
  console.log(
    `  ${ANALYZE} is ${x(pairedRatio(one.get(AST), a))} faster than ${AST}, ` +
      `${x(pairedRatio(one.get(UTILS), a))} faster than ${UTILS} (paired medians)\n`,
  );

  // validate() takes ~0.2 s per call on the 10x input: it gets its own, shorter run
  const ten = await measureRounds(
    rows.filter((r) => r.name !== UTILS),
    '10x',
    12000,
  );
  const tenUtils = await measureRounds(
    rows.filter((r) => r.name === UTILS),
    '10x',
    4000,
  );
  tenUtils.forEach((v, k) => ten.set(k, v));
  console.log('10x input: median (min) per call; growth = time(10x) / time(1x), from the minima');
  for (const { name } of rows) {
    const t = ten.get(name)!;
    const growth = t.min / (one.get(name)?.min ?? NaN);
    console.log(
      `  ${name.padEnd(28)} ${fmt(t.median).padStart(9)} (${fmt(t.min)})  growth ${x(growth)}`,
    );
  }

  const count = loadCases(dir).length;
  console.log(`\nwhole corpus (${count} files): median and p90 per file, total per pass`);
  const passTotals = new Map<string, number>();
  for (const row of rows) {
    const reply = await ask(row.worker, { kind: 'corpus', tool: row.tool, passes: 5 });
    if (reply.kind !== 'corpus') continue;
    const perFile = reply.perFile.sort((p, q) => p - q);
    passTotals.set(row.name, Math.min(...reply.passes));
    console.log(
      `  ${row.name.padEnd(28)} median ${fmt(median(perFile)).padStart(7)}/file, ` +
        `p90 ${fmt(perFile[Math.floor(perFile.length * 0.9)] ?? NaN).padStart(7)}, ` +
        `pass ${fmt(median(reply.passes))} (best ${fmt(Math.min(...reply.passes))})`,
    );
  }

  // The heap each call fills, a figure machine load does not move. How much of the time it
  // explains is open: cutting analyze()'s by a sixth left the medians above within their noise.
  console.log('\nroot Dockerfile: bytes allocated per call, garbage included (load-independent)');
  const allocated = new Map<string, number>();
  for (const row of rows) {
    const reply = await ask(row.worker, { kind: 'alloc', tool: row.tool, calls: 50 });
    const bytes = reply.kind === 'alloc' ? reply.bytes : NaN;
    allocated.set(row.name, bytes);
    console.log(`  ${row.name.padEnd(28)} ${kb(bytes).padStart(9)}`);
  }

  const together = await measureRounds(sharedRows, '1x', 6000);
  const [sa, sast, sutils] = sharedRows.map((r) => together.get(r.name));
  console.log(
    '\nfor comparison, all three tools in one shared isolate (the previous method of this bench):',
  );
  for (const { name } of sharedRows) {
    const t = together.get(name)!;
    console.log(`  ${name.padEnd(41)} ${fmt(t.median).padStart(9)} (${fmt(t.min)})`);
  }
  console.log(
    `  ${ANALYZE} is ${x(pairedRatio(sast, sa))} faster than ${AST}, ` +
      `${x(pairedRatio(sutils, sa))} faster than ${UTILS} (paired medians)`,
  );

  const verdict = (ok: boolean) => (ok ? 'met' : 'MISSED');
  const b = ten.get(ANALYZE);
  if (a && b) {
    const vsAst = pairedRatio(one.get(AST), a);
    const growth = b.min / a.min;
    console.log(`\nsummary (load average now: ${load()}; 2 shared cores)`);
    console.log(`  ${ANALYZE}, bundled, own isolate`);
    console.log(
      // the old 0.5 ms budget is retired: keystroke -> markers in the e2e latency spec is the budget
      `    root file: median ${fmt(a.median)}, min ${fmt(a.min)}`,
    );
    console.log(
      `    vs ${AST}: ${x(vsAst)} faster  (guard >= 4x: ${verdict(vsAst >= 4)}); ` +
        `vs ${UTILS}: ${x(pairedRatio(one.get(UTILS), a))}; in a shared heap: ` +
        `${x(pairedRatio(sast, sa))}`,
    );
    console.log(`    10x input: ${x(growth)} the time (guard <= 12x: ${verdict(growth <= 12)})`);
    console.log(
      `    allocates ${kb(allocated.get(ANALYZE) ?? NaN)} per call ` +
        `(${AST}: ${kb(allocated.get(AST) ?? NaN)}, ${UTILS}: ${kb(allocated.get(UTILS) ?? NaN)})`,
    );
    console.log(
      `    corpus pass: ${fmt(passTotals.get(ANALYZE) ?? NaN)} for ${count} files ` +
        `(${AST}: ${fmt(passTotals.get(AST) ?? NaN)}, ${UTILS}: ${fmt(passTotals.get(UTILS) ?? NaN)})`,
    );
  }
  console.log(
    '  wall-clock figures move with machine load; `npm run bench:instructions` counts instructions instead',
  );
} finally {
  await Promise.all(workers.map((w) => w.terminate()));
  rmSync(work, { recursive: true, force: true });
}

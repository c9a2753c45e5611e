/**
 * The worker `npm run bench` starts per row: its own V8 isolate and heap, as the editor's Web
 * Worker gives analyze() in the app. The main thread sends requests; each answer is a timing taken
 * here, so message passing is never inside a measured span.
 */
import { readFileSync } from 'node:fs';
import { Session } from 'node:inspector';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { parentPort, workerData } from 'node:worker_threads';
import { loadCases } from '../conformance/corpus';
import { enlarge, rootDockerfile } from './inputs';
import { benchTools } from './tools';

/** What the main thread asks of a worker. */
export type IsolateRequest =
  | { kind: 'warm'; tool: string; input: '1x' | '10x'; budgetMs: number }
  | { kind: 'batch'; tool: string; input: '1x' | '10x'; calls: number }
  | { kind: 'corpus'; tool: string; passes: number }
  | { kind: 'alloc'; tool: string; calls: number };

/** A worker's answer: ms per call (warm: the fastest single call; batch: the batch's mean). */
export type IsolateReply =
  | { kind: 'time'; ms: number }
  | { kind: 'corpus'; perFile: number[]; passes: number[] }
  | { kind: 'alloc'; bytes: number };

const { corpus } = workerData as { corpus: string };
const root = rootDockerfile(corpus);
const inputs = { '1x': root, '10x': enlarge(root, 10) };
let files: string[] | null = null;

function tool(name: string): (source: string) => unknown {
  const fn = benchTools[name];
  if (!fn) throw new Error(`unknown bench tool: ${name}`);
  return fn;
}

function post<T>(session: Session, method: string, params?: object): Promise<T> {
  return new Promise((resolve, reject) =>
    session.post(method, params, (e, r) => (e ? reject(e) : resolve(r as T))),
  );
}

interface SamplingNode {
  selfSize: number;
  children: SamplingNode[];
}

function totalSize(node: SamplingNode): number {
  let sum = node.selfSize;
  for (const child of node.children) sum += totalSize(child);
  return sum;
}

/**
 * Bytes allocated per call on the root file, garbage included: V8's sampling heap profiler,
 * told to keep the objects that collections free. Unlike time, this does not move with load.
 */
async function allocatedPerCall(name: string, calls: number): Promise<number> {
  const fn = tool(name);
  for (let k = 0; k < 20; k++) fn(root);
  const session = new Session();
  session.connect();
  try {
    await post(session, 'HeapProfiler.enable');
    await post(session, 'HeapProfiler.startSampling', {
      samplingInterval: 512,
      includeObjectsCollectedByMinorGC: true,
      includeObjectsCollectedByMajorGC: true,
    });
    for (let k = 0; k < calls; k++) fn(root);
    const { profile } = await post<{ profile: { head: SamplingNode } }>(
      session,
      'HeapProfiler.stopSampling',
    );
    return totalSize(profile.head) / calls;
  } finally {
    session.disconnect();
  }
}

function answer(req: Exclude<IsolateRequest, { kind: 'alloc' }>): IsolateReply {
  if (req.kind === 'warm') {
    const fn = tool(req.tool);
    const source = inputs[req.input];
    const end = performance.now() + req.budgetMs;
    let calls = 0;
    let fastest = Infinity;
    while (calls < 5 || (performance.now() < end && calls < 300)) {
      const t = performance.now();
      fn(source);
      fastest = Math.min(fastest, performance.now() - t);
      calls++;
    }
    return { kind: 'time', ms: fastest };
  }
  if (req.kind === 'batch') {
    const fn = tool(req.tool);
    const source = inputs[req.input];
    const t = performance.now();
    for (let k = 0; k < req.calls; k++) fn(source);
    return { kind: 'time', ms: (performance.now() - t) / req.calls };
  }
  const fn = tool(req.tool);
  files ??= loadCases(corpus).map((c) => readFileSync(join(corpus, c.path), 'utf8'));
  for (const f of files) fn(f);
  const perFile: number[] = [];
  const passes: number[] = [];
  for (let pass = 0; pass < req.passes; pass++) {
    const p0 = performance.now();
    for (const f of files) {
      const s = performance.now();
      fn(f);
      perFile.push(performance.now() - s);
    }
    passes.push(performance.now() - p0);
  }
  return { kind: 'corpus', perFile, passes };
}

parentPort?.on('message', (req: IsolateRequest) => {
  if (req.kind !== 'alloc') parentPort?.postMessage(answer(req));
  else
    void allocatedPerCall(req.tool, req.calls).then((bytes) =>
      parentPort?.postMessage({ kind: 'alloc', bytes } satisfies IsolateReply),
    );
});

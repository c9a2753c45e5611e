'use client';
import type { Analysis } from '@/lib/analyzer/types';
import type { AnalysisRequest, AnalysisResponse } from './analysis-protocol';

export interface AnalysisResult {
  analysis: Analysis;
  /** the text and target that were analyzed */
  text: string;
  target?: string;
  /** time inside analyze() */
  ms: number;
}

type Listener = (result: AnalysisResult) => void;
interface Waiting {
  id: number;
  text: string;
  target?: string;
  listener: Listener;
}

let worker: Worker | null | undefined;
let nextId = 1;
/** The newest request per channel; older answers are dropped. */
const latest = new Map<string, Waiting>();

async function analyzeHere(channel: string, entry: Waiting): Promise<void> {
  const { analyze } = await import('@/lib/analyzer');
  if (latest.get(channel) !== entry) return;
  const start = performance.now();
  const analysis = analyze(entry.text, { target: entry.target });
  latest.delete(channel);
  entry.listener({
    analysis,
    text: entry.text,
    target: entry.target,
    ms: performance.now() - start,
  });
}

function startWorker(): Worker | null {
  if (worker !== undefined) return worker;
  try {
    worker = new Worker(new URL('./analysis.worker.ts', import.meta.url), { type: 'module' });
    worker.onmessage = (event: MessageEvent<AnalysisResponse>) => {
      const { channel, id, analysis, ms } = event.data;
      const entry = latest.get(channel);
      if (!entry || entry.id !== id) return;
      latest.delete(channel);
      entry.listener({ analysis, text: entry.text, target: entry.target, ms });
    };
    worker.onerror = () => {
      // A worker that cannot start (or crashes) must not leave the panels empty: analyze here.
      worker?.terminate();
      worker = null;
      for (const [channel, entry] of latest) void analyzeHere(channel, entry);
    };
  } catch {
    worker = null;
  }
  return worker;
}

/**
 * Analyzes `text` for one editor (`channel`) in a shared worker, or on this thread if workers
 * fail, and calls `listener` with the result unless a newer request on the channel came first.
 */
export function requestAnalysis(
  channel: string,
  text: string,
  target: string | undefined,
  listener: Listener,
): void {
  const entry: Waiting = { id: nextId++, text, target, listener };
  latest.set(channel, entry);
  const w = startWorker();
  if (!w) {
    void analyzeHere(channel, entry);
    return;
  }
  const request: AnalysisRequest = { channel, id: entry.id, text, target };
  w.postMessage(request);
}

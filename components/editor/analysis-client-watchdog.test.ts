import { afterAll, beforeAll, expect, test, vi } from 'vitest';
import type { AnalysisRequest, AnalysisResponse } from './analysis-protocol';

/** A worker that loads, then never answers: every analysis hangs, as issue 20's share link did. */
class HangingWorker {
  static created: HangingWorker[] = [];
  onmessage: ((event: { data: AnalysisResponse }) => void) | null = null;
  onerror: (() => void) | null = null;
  received: AnalysisRequest[] = [];
  terminated = false;

  constructor() {
    HangingWorker.created.push(this);
    queueMicrotask(() => this.onmessage?.({ data: { part: 'ready' } }));
  }

  postMessage(request: AnalysisRequest): void {
    this.received.push(request);
  }

  terminate(): void {
    this.terminated = true;
  }
}

beforeAll(() => {
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'performance'] });
  vi.stubGlobal('Worker', HangingWorker);
});

afterAll(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

test('a hanging analysis is stopped once, shown as a problem, not retried, and the next edit gets a new worker', async () => {
  const client = await import('./analysis-client');
  const seen: string[] = [];
  client.subscribeAnalysis('draft', (result) => {
    seen.push(result.analysis.diagnostics.map((d) => d.rule).join(','));
  });

  client.requestAnalysis('draft', 'FROM alpine:${V//*a*b/x}\n', undefined);
  await Promise.resolve(); // the worker reports itself ready
  const first = HangingWorker.created[0]!;
  expect(first.received).toHaveLength(1);

  vi.advanceTimersByTime(client.ANALYSIS_TIME_LIMIT_MS - 1);
  expect(seen).toEqual([]);
  vi.advanceTimersByTime(1);
  expect(first.terminated).toBe(true);
  expect(seen).toEqual([client.ANALYSIS_STOPPED]);

  // the same text again (a re-render, the draft restored) is not sent to any worker
  client.requestAnalysis('draft', 'FROM alpine:${V//*a*b/x}\n', undefined);
  vi.advanceTimersByTime(5 * client.ANALYSIS_TIME_LIMIT_MS);
  expect(HangingWorker.created).toHaveLength(1);
  expect(seen).toEqual([client.ANALYSIS_STOPPED]);

  // an edit starts a fresh worker, which gets the new text
  client.requestAnalysis('draft', 'FROM alpine:3.20\n', undefined);
  expect(HangingWorker.created).toHaveLength(2);
  expect(HangingWorker.created[1]!.received.map((r) => r.text)).toEqual(['FROM alpine:3.20\n']);
});

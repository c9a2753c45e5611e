import { beforeAll, expect, test } from 'vitest';
import {
  lastAnalysis,
  requestAnalysis,
  setChannelDockerignore,
  subscribeAnalysis,
  subscribeDiagnostics,
  type AnalysisResult,
  type DiagnosticsResult,
} from './analysis-client';

// Node has no global Worker, so these run the main-thread fallback: the same channel logic.

function collect(channel: string): AnalysisResult[] {
  const seen: AnalysisResult[] = [];
  subscribeAnalysis(channel, (r) => seen.push(r));
  return seen;
}

beforeAll(async () => {
  await import('@/lib/analyzer'); // load once, so each test waits only for the analysis itself
});

async function settle(): Promise<void> {
  for (let i = 0; i < 20; i++) await new Promise((r) => setTimeout(r, 5));
}

test('without workers the analysis still arrives, for the text and target asked', async () => {
  const seen = collect('a');
  requestAnalysis('a', 'FROM alpine AS one\nFROM scratch AS two\n', 'one');
  await settle();
  expect(seen).toHaveLength(1);
  expect(seen[0]!.target).toBe('one');
  expect(seen[0]!.analysis.stages.map((s) => s.reachable)).toEqual([true, false]);
  expect(lastAnalysis('a')).toBe(seen[0]);
});

test('a burst of edits on one channel delivers only the newest text', async () => {
  const seen = collect('b');
  for (const text of ['FROM a', 'FROM al', 'FROM alp', 'FROM alpine']) {
    requestAnalysis('b', text, undefined);
  }
  await settle();
  expect(seen.map((r) => r.text)).toEqual(['FROM alpine']);
});

test('channels are independent, and repeating the newest request does not re-analyze', async () => {
  const c = collect('c');
  const d = collect('d');
  requestAnalysis('c', 'FROM c', undefined);
  requestAnalysis('d', 'FROM d', undefined);
  await settle();
  requestAnalysis('c', 'FROM c', undefined);
  await settle();
  expect(c.map((r) => r.text)).toEqual(['FROM c']);
  expect(d.map((r) => r.text)).toEqual(['FROM d']);
});

test('unsubscribing stops delivery', async () => {
  const seen: AnalysisResult[] = [];
  const stop = subscribeAnalysis('e', (r) => seen.push(r));
  stop();
  requestAnalysis('e', 'FROM e', undefined);
  await settle();
  expect(seen).toEqual([]);
  expect(lastAnalysis('e')?.text).toBe('FROM e');
});

test('diagnostics come first, then the whole analysis with the same diagnostics', async () => {
  const order: string[] = [];
  const early: DiagnosticsResult[] = [];
  subscribeDiagnostics('f', (r) => {
    early.push(r);
    order.push('diagnostics');
  });
  const full = collect('f');
  subscribeAnalysis('f', () => order.push('analysis'));
  requestAnalysis('f', 'FROM alpine AS a\nCOPY --from=b /x /y\n', undefined);
  await settle();
  expect(order).toEqual(['diagnostics', 'analysis']);
  expect(early[0]!.text).toBe('FROM alpine AS a\nCOPY --from=b /x /y\n');
  expect(early[0]!.diagnostics.length).toBeGreaterThan(0);
  expect(full[0]!.analysis.diagnostics).toBe(early[0]!.diagnostics);
  expect(full[0]!.analysis.stages).toHaveLength(1);
});

test("a channel's .dockerignore reaches analyze(), and changing it analyzes the same text again", async () => {
  const seen = collect('g');
  const text = '# check=experimental=CopyIgnoredFile\nFROM scratch\nCOPY notes.md /\n';
  requestAnalysis('g', text, undefined);
  await settle();
  setChannelDockerignore('g', '*.md\n');
  await settle();
  const rules = seen.map((r) => r.analysis.diagnostics.map((d) => d.rule));
  expect(rules).toEqual([[], ['copy-ignored-file']]);
  expect(seen[1]!.analysis.diagnostics[0]).toMatchObject({ line: 3, column: 6 });
});

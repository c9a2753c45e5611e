import fs from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { shareFragment } from '../lib/share/codec';
import { openEditor, waitForDraft } from './playground-helpers';

/** A 500-line multi-stage Dockerfile: 20 stages of 25 lines, COPY --from between them. */
function bigDockerfile(): string {
  const lines: string[] = [];
  for (let s = 0; s < 20; s++) {
    lines.push(s === 0 ? 'FROM golang:1.22 AS stage0' : `FROM alpine:3.20 AS stage${s}`);
    lines.push('WORKDIR /src');
    if (s > 0) lines.push(`COPY --from=stage${s - 1} /out /in`);
    while (lines.length % 25 !== 0)
      lines.push(`RUN echo "step ${lines.length}" && mkdir -p /out/${lines.length}`);
  }
  return lines.join('\n');
}

function percentile(sorted: number[], p: number): number {
  if (!sorted.length) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

async function bodyBytes(page: Page, run: () => Promise<void>): Promise<Map<string, number>> {
  const sizes = new Map<string, number>();
  const pending: Promise<void>[] = [];
  const onResponse = (response: import('@playwright/test').Response) => {
    pending.push(
      response
        .body()
        .then((b) => void sizes.set(response.url(), b.byteLength))
        .catch(() => {}),
    );
  };
  page.on('response', onResponse);
  await run();
  await Promise.all(pending);
  page.off('response', onResponse);
  return sizes;
}

// Playwright's trace recorder (trace: 'retain-on-failure' in the config) snapshots the whole DOM
// before and after every action, ~12 ms of script on the page's main thread per snapshot: it would
// be measured as editor latency and slow the typing pace to one key per ~100 ms.
test.use({ trace: 'off' });

test('benchmark: keystroke → markers latency on a 500-line Dockerfile, and Monaco bytes', async ({
  page,
}) => {
  test.setTimeout(90_000);
  // Bytes the site costs anyway (home page), then what /playground adds: Monaco and the editor.
  const home = await bodyBytes(page, async () => {
    await page.goto('/');
    await page.waitForLoadState('networkidle');
  });
  const playground = await bodyBytes(page, async () => {
    await openEditor(page);
    await page.waitForLoadState('networkidle');
  });
  const extra = [...playground].filter(([url]) => !home.has(url));
  const monacoBytes = extra.reduce((sum, [, n]) => sum + n, 0);

  // Load the file the way a learner would receive it: a share link (this browser has no draft).
  const source = bigDockerfile();
  expect(source.split('\n')).toHaveLength(500);
  await page.goto('about:blank');
  await openEditor(page, `/playground/${await shareFragment(source)}`);
  await expect(page.locator('[data-stage="stage19"]')).toBeAttached();
  await page.locator('.monaco-editor .view-lines').click();
  await page.keyboard.press('ControlOrMeta+Home');
  await page.keyboard.press('End');

  await page.evaluate(() => {
    type Mark = { at: number; ms: number; length: number; requestedAt: number };
    const w = window as unknown as { __keys: number[]; __marks: Mark[] };
    w.__keys = [];
    w.__marks = [];
    document.addEventListener('keydown', () => w.__keys.push(performance.now()), true);
    window.addEventListener('stagecraft:markers', (e) =>
      w.__marks.push((e as CustomEvent<Mark>).detail),
    );
  });
  const KEYSTROKES = 50;
  // Typing at ~40 characters a second, a brisk typist's pace.
  for (let i = 0; i < KEYSTROKES; i++) {
    await page.keyboard.type(i % 10 === 9 ? ' ' : 'x');
    await page.waitForTimeout(25);
  }
  await page.waitForTimeout(1000);
  const { keys, marks } = await page.evaluate(() => {
    type Mark = { at: number; ms: number; length: number; requestedAt: number; count: number };
    const w = window as unknown as { __keys: number[]; __marks: Mark[] };
    return { keys: w.__keys, marks: w.__marks };
  });
  expect(keys).toHaveLength(KEYSTROKES);
  // At this pace nothing is dropped: the panels catch up with the last markers, and the draft
  // autosaves the whole typed text.
  await expect(page.locator('[data-problem-count]')).toHaveAttribute(
    'data-problem-count',
    String(marks.at(-1)!.count),
  );
  let typed = '';
  for (let i = 0; i < KEYSTROKES; i++) typed += i % 10 === 9 ? ' ' : 'x';
  const [first, ...rest] = source.split('\n');
  await waitForDraft(page, [first + typed, ...rest].join('\n'));
  // Keystroke i is covered by the first marker update whose analyzed text already contains it.
  const latencies: number[] = [];
  // The first keystrokes after load run cold code (Monaco's typing path, the analyzer's paths for
  // the edited text); reported apart so the tail can be told from the steady state.
  const WARMUP = 5;
  const warm: number[] = [];
  const work: number[] = [];
  const inputToRequest: number[] = [];
  keys.forEach((k, i) => {
    const mark = marks.find((m) => m.at >= k && m.length >= source.length + i + 1);
    if (mark) {
      latencies.push(mark.at - k);
      if (i >= WARMUP) warm.push(mark.at - k);
      work.push(mark.ms);
      // Only when this very keystroke's text was analyzed (not coalesced into a later one).
      if (mark.length === source.length + i + 1) inputToRequest.push(mark.requestedAt - k);
    }
  });
  expect(latencies).toHaveLength(KEYSTROKES);
  latencies.sort((a, b) => a - b);
  warm.sort((a, b) => a - b);
  work.sort((a, b) => a - b);
  inputToRequest.sort((a, b) => a - b);
  const round = (n: number) => Math.round(n * 100) / 100;
  const report = {
    file: '500-line Dockerfile, 20 stages',
    keystrokes: KEYSTROKES,
    markerUpdates: marks.length,
    typingIntervalMs: 25,
    samples: latencies.length,
    keystrokeToMarkersMs: {
      p50: round(percentile(latencies, 50)),
      p95: round(percentile(latencies, 95)),
      max: round(latencies.at(-1)!),
    },
    afterFirstKeystrokesMs: {
      skipped: WARMUP,
      p50: round(percentile(warm, 50)),
      p95: round(percentile(warm, 95)),
    },
    analyzeInWorkerMs: { p50: round(percentile(work, 50)), p95: round(percentile(work, 95)) },
    keydownToAnalysisRequestMs: {
      p50: round(percentile(inputToRequest, 50)),
      p95: round(percentile(inputToRequest, 95)),
    },
    budgetMs: 16,
    playgroundExtraBytes: monacoBytes,
    playgroundExtraFiles: extra.map(([url, n]) => ({ path: new URL(url).pathname, bytes: n })),
  };
  const out = path.join('test-results', 'latency.json');
  fs.mkdirSync(path.dirname(out), { recursive: true });
  fs.writeFileSync(out, JSON.stringify(report, null, 2) + '\n');
  console.log(
    `keystroke → markers on 500 lines: p50 ${report.keystrokeToMarkersMs.p50} ms, p95 ${report.keystrokeToMarkersMs.p95} ms ` +
      `(budget 16 ms; analyze() in the worker p50 ${report.analyzeInWorkerMs.p50} ms, p95 ${report.analyzeInWorkerMs.p95} ms); ` +
      `/playground loads ${(monacoBytes / 1e6).toFixed(2)} MB beyond the home page (${extra.length} files)`,
  );
});

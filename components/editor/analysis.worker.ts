/// <reference lib="webworker" />
/**
 * Runs analyze() off the main thread so typing never waits for it. The first request of a burst
 * is analyzed at once; requests that queue up meanwhile are coalesced per editor, so only each
 * editor's newest text is analyzed next.
 */
import { analyze } from '@/lib/analyzer';
import type { AnalysisRequest, AnalysisResponse } from './analysis-protocol';

const pending = new Map<string, AnalysisRequest>();
// The page names this worker after the BroadcastChannel it listens on for diagnostics.
const replies =
  self.name && typeof BroadcastChannel === 'function' ? new BroadcastChannel(self.name) : null;
let settling = false;

/** Blocks the worker, as an analysis that never ends would: no message is read meanwhile. */
function stayBusy(ms: number): void {
  const end = performance.now() + ms;
  while (performance.now() < end) {
    // busy on purpose: a timer would let the worker answer, which a hang does not
  }
}

function analyzeOne(request: AnalysisRequest): void {
  if (request.testDelayMs) stayBusy(request.testDelayMs);
  const start = performance.now();
  const { diagnostics, ...rest } = analyze(request.text, {
    target: request.target,
    dockerignore: request.dockerignore,
  });
  const ms = performance.now() - start;
  const { channel, id } = request;
  // Two messages, so the page can draw markers before it copies in the panels' larger data.
  // Chrome holds a page's posted messages after a keypress until the typed text is drawn; a
  // BroadcastChannel message is not held, so the markers can be drawn in that same frame.
  const early: AnalysisResponse = { channel, id, part: 'diagnostics', diagnostics, ms };
  if (replies) replies.postMessage(early);
  else postMessage(early);
  postMessage({ channel, id, part: 'rest', rest } satisfies AnalysisResponse);
}

// After each analysis, messages that arrived meanwhile are already queued ahead of this timer,
// so they only update `pending`; the timer then analyzes the newest per editor.
function settle(): void {
  settling = true;
  setTimeout(() => {
    settling = false;
    if (pending.size === 0) return;
    const requests = [...pending.values()];
    pending.clear();
    requests.forEach(analyzeOne);
    settle();
  }, 0);
}

self.onmessage = (event: MessageEvent<AnalysisRequest>) => {
  if (settling) {
    pending.set(event.data.channel, event.data);
    return;
  }
  analyzeOne(event.data);
  settle();
};

postMessage({ part: 'ready' } satisfies AnalysisResponse);

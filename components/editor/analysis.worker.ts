/// <reference lib="webworker" />
/**
 * Runs analyze() off the main thread so typing never waits for it. Requests that arrive while
 * one is running are coalesced per editor: only each editor's newest text is analyzed.
 */
import { analyze } from '@/lib/analyzer';
import type { AnalysisRequest, AnalysisResponse } from './analysis-protocol';

const pending = new Map<string, AnalysisRequest>();
let scheduled = false;

function run(): void {
  scheduled = false;
  const requests = [...pending.values()];
  pending.clear();
  for (const request of requests) {
    const start = performance.now();
    const analysis = analyze(request.text, { target: request.target });
    const response: AnalysisResponse = {
      channel: request.channel,
      id: request.id,
      analysis,
      ms: performance.now() - start,
    };
    postMessage(response);
  }
}

self.onmessage = (event: MessageEvent<AnalysisRequest>) => {
  pending.set(event.data.channel, event.data);
  if (!scheduled) {
    scheduled = true;
    setTimeout(run, 0);
  }
};

'use client';
import type { Analysis, Diagnostic } from '@/lib/analyzer/types';
import type { AnalysisRequest, AnalysisResponse } from './analysis-protocol';
import { AnalysisWatchdog } from './analysis-watchdog';

/**
 * How long the worker may stay silent on an analysis before it is stopped and restarted. A 64 KB
 * file, the playground's largest, is analyzed in well under a second; an analysis that never ends
 * (issue 20: a pattern in a share link) must not leave the playground waiting for good.
 */
export const ANALYSIS_TIME_LIMIT_MS = 10_000;

/** The rule id of the problem shown in place of an analysis that was stopped. */
export const ANALYSIS_STOPPED = 'analysis-stopped';

export interface AnalysisResult {
  analysis: Analysis;
  /** the text and target that were analyzed */
  text: string;
  target?: string;
  /** time inside analyze() */
  ms: number;
  /** performance.now() when this analysis was requested */
  requestedAt: number;
}

/** The diagnostics of an analysis, delivered ahead of the rest (markers need nothing more). */
export interface DiagnosticsResult {
  diagnostics: readonly Diagnostic[];
  text: string;
  target?: string;
  ms: number;
  requestedAt: number;
}

type Listener = (result: AnalysisResult) => void;
type DiagnosticsListener = (result: DiagnosticsResult) => void;

interface Channel {
  /** the newest request; answers to older ones are dropped */
  latest?: { id: number; text: string; target?: string; dockerignore?: string; at: number };
  /** the `.dockerignore` every request on this channel is analyzed with */
  dockerignore?: string;
  /** the newest request's answer so far: its two parts may arrive in either order */
  partial?: { id: number; early?: DiagnosticsResult; rest?: Omit<Analysis, 'diagnostics'> };
  result?: AnalysisResult;
  /** the newest request the worker was asked for, and the newest it answered */
  sentId?: number;
  answeredId?: number;
  listeners: Set<Listener>;
  diagnosticsListeners: Set<DiagnosticsListener>;
}

let worker: Worker | null | undefined;
/** the BroadcastChannel the current worker answers on, closed with it */
let workerReplies: BroadcastChannel | null = null;
/** whether the current worker has answered once: after that, an error is an analysis crashing */
let workerAnswered = false;
/** whether the current worker has loaded the analyzer; loading, however slow, is not a hang */
let workerReady = false;
let nextId = 1;
const channels = new Map<string, Channel>();
const watchdog = new AnalysisWatchdog(ANALYSIS_TIME_LIMIT_MS, isWaiting, stopStuckWorker);

function isWaiting(): boolean {
  if (!workerReady) return false;
  for (const channel of channels.values()) {
    if (channel.sentId !== undefined && channel.answeredId !== channel.sentId) return true;
  }
  return false;
}

/** The analysis shown for text whose analysis was stopped: one problem that says so. */
function stoppedAnalysis(reason: string): Analysis {
  const message = `${reason}, so no problems are shown for this text. The analyzer has restarted: edit the file to analyze it again.`;
  return {
    stages: [],
    target: -1,
    diagnostics: [
      {
        rule: ANALYSIS_STOPPED,
        severity: 'warning',
        message,
        line: 1,
        column: 1,
        endLine: 1,
        endColumn: 1,
      },
    ],
    size: { bytes: 0, low: 0, high: 0, basis: 'uncompressed' },
    buildOrder: [],
  };
}

/**
 * Terminates a worker stuck on an analysis. Its unanswered texts get the stopped analysis, and are
 * not sent again (requestAnalysis skips a text it has a result for), so a saved draft that hangs
 * the analyzer costs one wait per visit, not a loop; the next edit starts a fresh worker.
 */
function stopStuckWorker(
  reason = `The analysis was stopped after ${ANALYSIS_TIME_LIMIT_MS / 1000} seconds without finishing`,
): void {
  worker?.terminate();
  workerReplies?.close();
  worker = undefined;
  workerReplies = null;
  workerAnswered = false;
  workerReady = false;
  watchdog.reset();
  for (const [name, channel] of channels) {
    const latest = channel.latest;
    const sentId = channel.sentId;
    if (sentId === undefined || channel.answeredId === sentId) continue;
    channel.sentId = undefined;
    if (latest && latest.id === sentId)
      deliver(name, sentId, stoppedAnalysis(reason), ANALYSIS_TIME_LIMIT_MS);
  }
}

function channelOf(name: string): Channel {
  let channel = channels.get(name);
  if (!channel) {
    channel = { listeners: new Set(), diagnosticsListeners: new Set() };
    channels.set(name, channel);
  }
  return channel;
}

function deliverDiagnostics(name: string, id: number, diagnostics: Diagnostic[], ms: number): void {
  const channel = channelOf(name);
  const latest = channel.latest;
  if (!latest || latest.id !== id) return;
  channel.answeredId = id;
  const result: DiagnosticsResult = {
    diagnostics,
    text: latest.text,
    target: latest.target,
    ms,
    requestedAt: latest.at,
  };
  const partial = channel.partial?.id === id ? channel.partial : { id };
  partial.early = result;
  channel.partial = partial;
  for (const listener of channel.diagnosticsListeners) listener(result);
  complete(channel, id);
}

function deliverRest(name: string, id: number, rest: Omit<Analysis, 'diagnostics'>): void {
  const channel = channelOf(name);
  if (channel.latest?.id !== id) return;
  const partial = channel.partial?.id === id ? channel.partial : { id };
  partial.rest = rest;
  channel.partial = partial;
  complete(channel, id);
}

/** Hands the whole analysis to the panels once both parts of the answer are in. */
function complete(channel: Channel, id: number): void {
  const partial = channel.partial;
  if (!partial || partial.id !== id || !partial.early || !partial.rest) return;
  if (channel.latest?.id !== id) return;
  channel.partial = undefined;
  const rest = partial.rest;
  const { diagnostics, text, target, ms, requestedAt } = partial.early;
  const result: AnalysisResult = {
    analysis: { ...rest, diagnostics: diagnostics as Diagnostic[] },
    text,
    target,
    ms,
    requestedAt,
  };
  channel.result = result;
  for (const listener of channel.listeners) listener(result);
}

function deliver(name: string, id: number, analysis: Analysis, ms: number): void {
  const { diagnostics, ...rest } = analysis;
  deliverDiagnostics(name, id, diagnostics, ms);
  deliverRest(name, id, rest);
}

async function analyzeHere(name: string, id: number, text: string, target?: string) {
  const { analyze } = await import('@/lib/analyzer');
  const latest = channelOf(name).latest;
  if (latest?.id !== id) return;
  const start = performance.now();
  const analysis = analyze(text, { target, dockerignore: latest.dockerignore });
  deliver(name, id, analysis, performance.now() - start);
}

function startWorker(): Worker | null {
  if (worker !== undefined) return worker;
  try {
    // The worker's name is the BroadcastChannel the diagnostics come back on (unique to this page).
    const replyName =
      typeof BroadcastChannel === 'function'
        ? `stagecraft-analysis-${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}`
        : '';
    worker = new Worker(new URL('./analysis.worker.ts', import.meta.url), {
      type: 'module',
      name: replyName,
    });
    const onResponse = (event: MessageEvent<AnalysisResponse>) => {
      const data = event.data;
      if (data.part === 'ready') {
        workerReady = true;
        // the clock starts now for the requests that waited for the analyzer to load
        if (isWaiting()) watchdog.sent(false);
        return;
      }
      watchdog.answered();
      workerAnswered = true;
      if (data.part === 'diagnostics') {
        deliverDiagnostics(data.channel, data.id, data.diagnostics, data.ms);
      } else deliverRest(data.channel, data.id, data.rest);
    };
    worker.onmessage = onResponse;
    if (replyName) {
      workerReplies = new BroadcastChannel(replyName);
      workerReplies.onmessage = onResponse;
    }
    worker.onerror = () => {
      // An analysis that crashed the worker (out of memory) would crash or freeze this page too
      if (workerAnswered) {
        stopStuckWorker('The analysis failed without finishing');
        return;
      }
      // A worker that cannot start must not leave the panels empty: analyze here.
      worker?.terminate();
      worker = null;
      for (const [name, channel] of channels) {
        const latest = channel.latest;
        if (latest && channel.result?.text !== latest.text) {
          void analyzeHere(name, latest.id, latest.text, latest.target);
        }
      }
    };
  } catch {
    worker = null;
  }
  return worker;
}

/**
 * Asks for an analysis of `text` on a channel (one per editor). Analysis runs in a shared worker,
 * or here if workers fail; a request identical to the channel's newest one is not repeated.
 */
export function requestAnalysis(name: string, text: string, target: string | undefined): void {
  const channel = channelOf(name);
  const { latest, dockerignore } = channel;
  if (
    latest &&
    latest.text === text &&
    latest.target === target &&
    latest.dockerignore === dockerignore
  ) {
    return;
  }
  const id = nextId++;
  channel.latest = { id, text, target, dockerignore, at: performance.now() };
  const w = startWorker();
  if (!w) {
    void analyzeHere(name, id, text, target);
    return;
  }
  const request: AnalysisRequest = { channel: name, id, text, target, dockerignore };
  const delay = takeTestDelay();
  if (delay !== undefined) request.testDelayMs = delay;
  if (workerReady) watchdog.sent(isWaiting());
  channel.sentId = id;
  w.postMessage(request);
}

/**
 * Sets the `.dockerignore` a channel's analyses read (the editors ask for analyses themselves, so
 * it lives with the channel), and analyzes the channel's newest text again with it.
 */
export function setChannelDockerignore(name: string, dockerignore: string | undefined): void {
  const channel = channelOf(name);
  if (channel.dockerignore === dockerignore) return;
  channel.dockerignore = dockerignore;
  const latest = channel.latest;
  if (latest) requestAnalysis(name, latest.text, latest.target);
}

let testDelayTaken = false;

/**
 * Tests only: `?test-slow-analysis-ms=N` makes the page's first analysis keep the worker busy for
 * N ms, as a hanging analysis would. The analyzer has no input left that hangs (patterns, nesting
 * and size are all bounded), so the watchdog's end-to-end test needs this to see it act. Later
 * requests are not delayed, so the test can check that the next edit is analyzed again.
 */
function takeTestDelay(): number | undefined {
  if (testDelayTaken || typeof location === 'undefined') return undefined;
  testDelayTaken = true;
  const ms = Number(new URLSearchParams(location.search).get('test-slow-analysis-ms'));
  return Number.isFinite(ms) && ms > 0 ? Math.min(ms, 120_000) : undefined;
}

/** Calls `listener` with every new analysis on the channel; returns the unsubscribe function. */
export function subscribeAnalysis(name: string, listener: Listener): () => void {
  const channel = channelOf(name);
  channel.listeners.add(listener);
  return () => channel.listeners.delete(listener);
}

/**
 * Calls `listener` with the diagnostics of every new analysis on the channel, as soon as they
 * arrive (before the panels' data); returns the unsubscribe function.
 */
export function subscribeDiagnostics(name: string, listener: DiagnosticsListener): () => void {
  const channel = channelOf(name);
  channel.diagnosticsListeners.add(listener);
  return () => channel.diagnosticsListeners.delete(listener);
}

/** The channel's newest analysis so far, if any. */
export function lastAnalysis(name: string): AnalysisResult | undefined {
  return channels.get(name)?.result;
}

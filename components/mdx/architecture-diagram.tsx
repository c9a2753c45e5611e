'use client';

import { useId, useReducer, type KeyboardEvent } from 'react';
import {
  DESIGN_PRINCIPLE,
  FLOWS,
  INITIAL_WALK,
  NODES,
  PACKAGING_FAILURE,
  describeWalk,
  flowById,
  highlighted,
  walk,
  type ArchitectureNode,
  type NodeId,
} from '@/lib/course/architecture';

// The layout rows of the diagram, top to bottom; boxes in one row sit side by side.
const ROWS: NodeId[][] = [
  ['user'],
  ['load-balancer'],
  ['api-gateway'],
  ['compile-stage', 'package-stage'],
  ['intermediate-image', 'final-image'],
  ['deployment'],
  ['services'],
  ['database', 'cache'],
];

const BUTTON =
  'rounded border border-slate-400 px-3 py-1 text-sm font-medium hover:bg-slate-100 focus-visible:outline-2 focus-visible:outline-offset-2 dark:hover:bg-slate-800 aria-disabled:opacity-50';

function nodeClass(state: 'active' | 'failed' | 'blocked' | 'idle'): string {
  switch (state) {
    case 'active':
      return 'border-blue-700 bg-blue-50 text-blue-950 ring-2 ring-blue-700 dark:bg-blue-950 dark:text-blue-50';
    case 'failed':
      return 'border-red-700 bg-red-50 text-red-950 ring-2 ring-red-700 dark:bg-red-950 dark:text-red-50';
    case 'blocked':
      return 'border-dashed border-amber-700 bg-amber-50 text-amber-950 dark:bg-amber-950 dark:text-amber-50';
    case 'idle':
      return 'border-slate-300 dark:border-slate-600';
  }
}

/** Interactive architecture walkthrough: request and build flows hop by hop, plus a failure. */
export function ArchitectureDiagram() {
  const id = useId();
  const [state, dispatch] = useReducer(walk, INITIAL_WALK);
  const flow = flowById(state.flow);
  const marks = highlighted(state);
  const byId = new Map(NODES.map((node) => [node.id, node]));

  function stateOf(node: NodeId): 'active' | 'failed' | 'blocked' | 'idle' {
    if (marks.failed.includes(node)) return 'failed';
    if (marks.blocked.includes(node)) return 'blocked';
    if (marks.active.includes(node)) return 'active';
    return 'idle';
  }

  // Arrow keys and Home/End step through the hops when focus is anywhere in the controls. The step
  // buttons use aria-disabled rather than disabled so keyboard focus stays on them at either end.
  function onKeyDown(event: KeyboardEvent<HTMLDivElement>) {
    const keys: Record<string, Parameters<typeof dispatch>[0]> = {
      ArrowRight: { type: 'next' },
      ArrowLeft: { type: 'previous' },
      Home: { type: 'first' },
      End: { type: 'last' },
    };
    const action = keys[event.key];
    if (action && !(event.target instanceof HTMLInputElement)) {
      event.preventDefault();
      dispatch(action);
    }
  }

  function box(node: ArchitectureNode) {
    const mark = stateOf(node.id);
    const status = {
      active: ' (current hop)',
      failed: ' (failed)',
      blocked: ' (blocked)',
      idle: '',
    }[mark];
    return (
      <li
        key={node.id}
        data-node={node.id}
        data-state={mark}
        className={`flex-1 rounded-md border px-3 py-2 text-center text-sm ${nodeClass(mark)}`}
      >
        <span className="font-semibold">{node.label}</span>
        <span className="sr-only">{status}</span>
      </li>
    );
  }

  return (
    <section
      aria-labelledby={`${id}-title`}
      className="not-prose my-8 rounded-lg border border-slate-300 p-4 dark:border-slate-600"
      data-testid="architecture-diagram"
    >
      <h3 id={`${id}-title`} className="mb-3 text-lg font-semibold">
        Architecture walkthrough
      </h3>

      <div
        role="group"
        aria-label="Walkthrough controls"
        onKeyDown={onKeyDown}
        className="flex flex-wrap items-center gap-2"
      >
        <fieldset className="flex gap-3">
          <legend className="sr-only">Flow</legend>
          {FLOWS.map((option) => (
            <label key={option.id} className="flex items-center gap-1 text-sm">
              <input
                type="radio"
                name={`${id}-flow`}
                value={option.id}
                checked={state.flow === option.id && !state.failed}
                onChange={() => dispatch({ type: 'flow', flow: option.id })}
              />
              {option.label}
            </label>
          ))}
        </fieldset>
        <button
          type="button"
          className={BUTTON}
          onClick={() => dispatch({ type: 'previous' })}
          aria-disabled={state.failed || state.hop <= 0}
        >
          Previous hop
        </button>
        <button
          type="button"
          className={BUTTON}
          onClick={() => dispatch({ type: 'next' })}
          aria-disabled={state.failed || state.hop >= flow.hops.length - 1}
        >
          Next hop
        </button>
        <button type="button" className={BUTTON} onClick={() => dispatch({ type: 'fail' })}>
          Play packaging failure
        </button>
        <button type="button" className={BUTTON} onClick={() => dispatch({ type: 'reset' })}>
          Reset
        </button>
      </div>
      <p className="mt-1 text-xs text-slate-600 dark:text-slate-300">
        Tip: with focus on a control, the left and right arrow keys step through the hops.
      </p>

      <p
        aria-live="polite"
        data-testid="walk-status"
        className="mt-3 min-h-12 rounded bg-slate-100 p-2 text-sm dark:bg-slate-800"
      >
        {describeWalk(state)}
      </p>

      <ol aria-label="Architecture diagram, top to bottom" className="mt-4 flex flex-col gap-2">
        {ROWS.map((row, index) => (
          <li key={row.join('+')} className="flex flex-col items-stretch">
            {index > 0 && (
              <span aria-hidden="true" className="text-center text-slate-500">
                ↓
              </span>
            )}
            <ul className="flex gap-2">{row.map((nodeId) => box(byId.get(nodeId)!))}</ul>
          </li>
        ))}
      </ol>

      {state.failed && (
        <div data-testid="failure-panel" className="mt-4 rounded border border-red-700 p-3 text-sm">
          <h4 className="font-semibold">Impact</h4>
          <p>{PACKAGING_FAILURE.impact}</p>
          <h4 className="mt-2 font-semibold">Mitigation</h4>
          <ul className="list-disc pl-5">
            {PACKAGING_FAILURE.mitigation.map((step) => (
              <li key={step}>{step}</li>
            ))}
          </ul>
        </div>
      )}

      <p className="mt-4 text-sm">
        <strong>Design principle:</strong> {DESIGN_PRINCIPLE}
      </p>
    </section>
  );
}

import { expect, test } from 'vitest';
import {
  FLOWS,
  INITIAL_WALK,
  NODES,
  describeWalk,
  flowById,
  highlighted,
  walk,
  type WalkAction,
  type WalkState,
} from './architecture';

function run(actions: WalkAction[], start: WalkState = INITIAL_WALK): WalkState {
  return actions.reduce(walk, start);
}

test('the request flow has the 11 hops of the source material, user round trip included', () => {
  const hops = flowById('request').hops;
  expect(hops).toHaveLength(11);
  expect(hops[0]).toMatchObject({ from: 'user', to: 'load-balancer' });
  expect(hops[10]).toMatchObject({ from: 'load-balancer', to: 'user' });
});

test('every hop joins two nodes that exist on the diagram', () => {
  const ids = new Set(NODES.map((node) => node.id));
  for (const flow of FLOWS) {
    for (const hop of flow.hops) {
      expect(ids.has(hop.from) && ids.has(hop.to)).toBe(true);
    }
  }
});

test('walking forward announces each hop and stops at the last one', () => {
  expect(describeWalk(INITIAL_WALK)).toMatch(/Press Next/);
  const second = run([{ type: 'next' }, { type: 'next' }]);
  expect(describeWalk(second)).toMatch(/^Hop 2 of 11: Load balancer → API gateway\./);
  const end = run(Array.from({ length: 20 }, () => ({ type: 'next' }) as const));
  expect(end.hop).toBe(10);
  expect(describeWalk(end)).toMatch(/^Hop 11 of 11/);
});

test('previous never goes before the first hop; first and last jump to the ends', () => {
  expect(run([{ type: 'previous' }]).hop).toBe(0);
  expect(run([{ type: 'last' }, { type: 'previous' }]).hop).toBe(9);
  expect(run([{ type: 'last' }, { type: 'first' }]).hop).toBe(0);
});

test('switching flows restarts the walk on the new flow', () => {
  const state = run([{ type: 'next' }, { type: 'next' }, { type: 'flow', flow: 'build' }]);
  expect(state).toEqual({ flow: 'build', hop: -1, failed: false });
  expect(describeWalk(run([{ type: 'next' }], state))).toMatch(/^Hop 1 of 5: Stage 1/);
});

test('playing the failure marks the packaging stage failed and blocks the image and deploy', () => {
  const state = run([{ type: 'next' }, { type: 'fail' }]);
  expect(highlighted(state)).toEqual({
    active: [],
    failed: ['package-stage'],
    blocked: ['final-image', 'deployment'],
  });
  expect(describeWalk(state)).toMatch(/Stage 2: package and optimize fails/);
  expect(run([{ type: 'next' }, { type: 'last' }], state)).toBe(state);
  expect(run([{ type: 'reset' }], state).failed).toBe(false);
});

test('the current hop highlights both of its ends', () => {
  expect(highlighted(run([{ type: 'next' }, { type: 'next' }, { type: 'next' }])).active).toEqual([
    'api-gateway',
    'services',
  ]);
});

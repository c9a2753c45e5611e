/**
 * The microservices-with-multi-stage-builds architecture as data, plus a tiny state machine for
 * walking it hop by hop. The diagram component only renders what these functions return.
 */

export type NodeId =
  | 'user'
  | 'load-balancer'
  | 'api-gateway'
  | 'compile-stage'
  | 'package-stage'
  | 'intermediate-image'
  | 'final-image'
  | 'deployment'
  | 'services'
  | 'database'
  | 'cache';

export interface ArchitectureNode {
  id: NodeId;
  label: string;
  kind: 'client' | 'edge' | 'build' | 'image' | 'runtime' | 'data';
  role: string;
}

export interface Hop {
  from: NodeId;
  to: NodeId;
  says: string;
}

export type FlowId = 'request' | 'build';

export interface Flow {
  id: FlowId;
  label: string;
  hops: readonly Hop[];
}

/** Every box on the diagram, in the order the layout lists them (top to bottom). */
export const NODES: readonly ArchitectureNode[] = [
  { id: 'user', label: 'User', kind: 'client', role: 'Sends a request to the system.' },
  {
    id: 'load-balancer',
    label: 'Load balancer',
    kind: 'edge',
    role: 'Hands each new request to one of several API gateway instances, so none is overloaded.',
  },
  {
    id: 'api-gateway',
    label: 'API gateway',
    kind: 'edge',
    role: 'Checks who is calling and routes each request to the right service.',
  },
  {
    id: 'compile-stage',
    label: 'Stage 1: compile and test',
    kind: 'build',
    role: 'Compiles the source and runs the tests, producing build artifacts.',
  },
  {
    id: 'package-stage',
    label: 'Stage 2: package and optimize',
    kind: 'build',
    role: 'Copies only the artifacts into a small runtime base, leaving the build tools behind.',
  },
  {
    id: 'intermediate-image',
    label: 'Intermediate image',
    kind: 'image',
    role: 'The compile stage’s result: artifacts next to compilers and sources. Never shipped.',
  },
  {
    id: 'final-image',
    label: 'Final image',
    kind: 'image',
    role: 'The artifact on a small base with its runtime libraries. This is what ships.',
  },
  {
    id: 'deployment',
    label: 'Deployment environment',
    kind: 'runtime',
    role: 'Runs the final images as containers.',
  },
  {
    id: 'services',
    label: 'Microservices',
    kind: 'runtime',
    role: 'Carry out the business logic for each request.',
  },
  { id: 'database', label: 'Database', kind: 'data', role: 'Keeps the persistent data.' },
  { id: 'cache', label: 'Cache', kind: 'data', role: 'Serves hot data quickly.' },
];

/** The two walks the diagram offers: a user request (11 hops) and the path of a build. */
export const FLOWS: readonly Flow[] = [
  {
    id: 'request',
    label: 'Request flow',
    hops: [
      {
        from: 'user',
        to: 'load-balancer',
        says: 'The user sends a request; it lands on the load balancer.',
      },
      {
        from: 'load-balancer',
        to: 'api-gateway',
        says: 'The load balancer picks a gateway instance.',
      },
      {
        from: 'api-gateway',
        to: 'services',
        says: 'The gateway authenticates the call and routes it to a service.',
      },
      { from: 'services', to: 'cache', says: 'The service looks for the data in the cache first.' },
      {
        from: 'cache',
        to: 'services',
        says: 'Cache miss: the cache answers that it does not have the data.',
      },
      { from: 'services', to: 'database', says: 'The service reads the data from the database.' },
      { from: 'database', to: 'services', says: 'The database returns the rows.' },
      {
        from: 'services',
        to: 'cache',
        says: 'The service stores the result in the cache for next time.',
      },
      {
        from: 'services',
        to: 'api-gateway',
        says: 'The service sends its response back to the gateway.',
      },
      {
        from: 'api-gateway',
        to: 'load-balancer',
        says: 'The gateway returns the response through the load balancer.',
      },
      { from: 'load-balancer', to: 'user', says: 'The user gets the answer.' },
    ],
  },
  {
    id: 'build',
    label: 'Build flow',
    hops: [
      {
        from: 'compile-stage',
        to: 'intermediate-image',
        says: 'Stage 1 compiles and tests; its result is the intermediate image, toolchain and all.',
      },
      {
        from: 'intermediate-image',
        to: 'package-stage',
        says: 'Stage 2 copies only the built artifacts out of the intermediate image.',
      },
      {
        from: 'package-stage',
        to: 'final-image',
        says: 'Stage 2 produces the small final image with runtime dependencies only.',
      },
      {
        from: 'final-image',
        to: 'deployment',
        says: 'The final image is pushed to a registry and pulled by the deployment environment.',
      },
      {
        from: 'deployment',
        to: 'services',
        says: 'The deployment environment starts the new service containers.',
      },
    ],
  },
];

/** The failure the diagram can play: the packaging stage breaks. */
export const PACKAGING_FAILURE = {
  node: 'package-stage' as NodeId,
  blocked: ['final-image', 'deployment'] as NodeId[],
  impact:
    'The release of this service stops: there is no new image to deploy, or only a broken one. Users notice nothing, because the running containers keep serving the previous image.',
  mitigation: [
    'Retry the build automatically: many packaging failures are transient (a registry hiccup, a full disk).',
    'Keep the intermediate image (or its cache) so a retry does not have to compile and test again.',
    'Alert the developers with the failing step, so packaging bugs are fixed quickly.',
  ],
};

/** The one-sentence lesson of the diagram. */
export const DESIGN_PRINCIPLE =
  'Separate compiling from packaging: the build stage may be as heavy as it likes, because only the small, tool-free final image is deployed, which makes pulls and deploys faster, uses less disk and leaves less to attack.';

export interface WalkState {
  flow: FlowId;
  /** -1 before the first hop */
  hop: number;
  failed: boolean;
}

export type WalkAction =
  | { type: 'next' }
  | { type: 'previous' }
  | { type: 'first' }
  | { type: 'last' }
  | { type: 'reset' }
  | { type: 'flow'; flow: FlowId }
  | { type: 'fail' };

/** Looks up a flow by id. */
export function flowById(id: FlowId): Flow {
  return FLOWS.find((flow) => flow.id === id) ?? FLOWS[0]!;
}

/** Looks up a node by id. */
export function nodeById(id: NodeId): ArchitectureNode {
  return NODES.find((node) => node.id === id)!;
}

export const INITIAL_WALK: WalkState = { flow: 'request', hop: -1, failed: false };

/** Advances the walkthrough; stepping past either end stays put. */
export function walk(state: WalkState, action: WalkAction): WalkState {
  const last = flowById(state.flow).hops.length - 1;
  // While the failure is shown, stepping is paused until Reset or a flow is chosen.
  if (state.failed && ['next', 'previous', 'first', 'last'].includes(action.type)) return state;
  switch (action.type) {
    case 'next':
      return { ...state, hop: Math.min(state.hop + 1, last) };
    case 'previous':
      return { ...state, hop: Math.max(state.hop - 1, 0) };
    case 'first':
      return { ...state, hop: 0 };
    case 'last':
      return { ...state, hop: last };
    case 'reset':
      return { ...state, hop: -1, failed: false };
    case 'flow':
      return { flow: action.flow, hop: -1, failed: false };
    case 'fail':
      // The failure happens on the build path, so the walk switches there and stops at stage 2.
      return { flow: 'build', hop: 1, failed: true };
  }
}

/** Describes the current position for the live region, e.g. "Hop 2 of 11: …". */
export function describeWalk(state: WalkState): string {
  const flow = flowById(state.flow);
  if (state.failed) {
    return `Failure: ${nodeById(PACKAGING_FAILURE.node).label} fails. ${PACKAGING_FAILURE.impact}`;
  }
  const hop = flow.hops[state.hop];
  if (!hop) return `${flow.label}: ${flow.hops.length} hops. Press Next to start.`;
  return `Hop ${state.hop + 1} of ${flow.hops.length}: ${nodeById(hop.from).label} → ${nodeById(hop.to).label}. ${hop.says}`;
}

/** The nodes to highlight: the current hop's two ends, or the failed and blocked nodes. */
export function highlighted(state: WalkState): {
  active: NodeId[];
  failed: NodeId[];
  blocked: NodeId[];
} {
  if (state.failed) {
    return { active: [], failed: [PACKAGING_FAILURE.node], blocked: PACKAGING_FAILURE.blocked };
  }
  const hop = flowById(state.flow).hops[state.hop];
  return { active: hop ? [hop.from, hop.to] : [], failed: [], blocked: [] };
}

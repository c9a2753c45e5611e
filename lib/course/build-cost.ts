/**
 * Back-of-envelope build-farm arithmetic for the at-scale lessons. Pure functions: the
 * calculator component renders these numbers and their formulas; tests pin the worked example.
 */

export interface BuildCostInput {
  /** active users; only picks the growth-table tier, the load comes from the other inputs */
  users: number;
  services: number;
  /** builds of each service per hour */
  buildsPerServicePerHour: number;
  /** minutes one build holds an agent slot, from start to pushed image (queue time excluded) */
  buildMinutes: number;
  /** builds one agent runs at the same time */
  buildsPerAgent: number;
  /** size of one whole image, in megabytes (1 MB = 1,000,000 bytes) */
  imageSizeMb: number;
  /** megabytes of layers a push adds that the registry does not hold yet (capped at the image) */
  newLayerMbPerPush: number;
  /** pushes of each service's image per day */
  pushesPerServicePerDay: number;
  /** how many machines pull each freshly pushed image (nodes, CI runners, regions) */
  pullsPerPush: number;
}

export interface GrowthTier {
  users: string;
  services: string;
  buildTime: string;
  imageSize: string;
  deploySpeed: string;
  resources: string;
}

export interface BuildCostResult {
  buildsPerHour: number;
  /** builds running at any moment on average: arrival rate × duration (Little's law) */
  concurrentBuilds: number;
  agents: number;
  pushesPerDay: number;
  /** new layer bytes stored per day; layers the registry already holds are not stored again */
  storageMbPerDay: number;
  /** what storage per day would be if no layer were shared between pushes */
  unsharedStorageMbPerDay: number;
  pushMbPerDay: number;
  pullMbPerDay: number;
  networkMbPerDay: number;
  tier: GrowthTier;
}

/** The four rows of the growth table, smallest first; image sizes assume no working multi-stage split. */
export const GROWTH_TIERS: readonly GrowthTier[] = [
  {
    users: '100',
    services: '5',
    buildTime: 'under a few minutes',
    imageSize: '50–200 MB',
    deploySpeed: 'quick',
    resources: 'lightly loaded',
  },
  {
    users: '10K',
    services: '20',
    buildTime: 'a few minutes',
    imageSize: '200–500 MB',
    deploySpeed: 'noticeably slower',
    resources: 'moderately loaded',
  },
  {
    users: '1M',
    services: '50+',
    buildTime: 'over 10 minutes',
    imageSize: '500 MB–1 GB',
    deploySpeed: 'slow',
    resources: 'heavily loaded',
  },
  {
    users: '100M',
    services: '100+',
    buildTime: 'over 30 minutes',
    imageSize: 'over 1 GB',
    deploySpeed: 'slowest',
    resources: 'saturated',
  },
];

/**
 * The worked example: 1M users, 50 services, one 10-minute build per service per hour, 500 MB
 * images of which a push adds 20 MB of new layers (the application layer of a multi-stage image),
 * and three machines pulling each new image.
 */
export const DEFAULT_BUILD_COST_INPUT: BuildCostInput = {
  users: 1_000_000,
  services: 50,
  buildsPerServicePerHour: 1,
  buildMinutes: 10,
  buildsPerAgent: 5,
  imageSizeMb: 500,
  newLayerMbPerPush: 20,
  pushesPerServicePerDay: 24,
  pullsPerPush: 3,
};

// Tier boundaries sit at the geometric midpoints between the table's rows (1K, 100K, 10M users).
const TIER_BOUNDS = [1_000, 100_000, 10_000_000];

/** Picks the growth-table row closest (on a log scale) to a user count. */
export function tierForUsers(users: number): GrowthTier {
  const index = TIER_BOUNDS.findIndex((bound) => users < bound);
  return GROWTH_TIERS[index === -1 ? GROWTH_TIERS.length - 1 : index]!;
}

function nonNegative(value: number): number {
  return Number.isFinite(value) && value > 0 ? value : 0;
}

function agentsFor(concurrentBuilds: number, buildsPerAgent: number): number {
  if (concurrentBuilds === 0) return 0;
  return buildsPerAgent === 0 ? Infinity : Math.ceil(concurrentBuilds / buildsPerAgent);
}

/** Computes build agents, storage and network for one set of inputs; bad numbers count as 0. */
export function estimateBuildCost(input: BuildCostInput): BuildCostResult {
  const services = nonNegative(input.services);
  const imageSizeMb = nonNegative(input.imageSizeMb);
  const buildsPerHour = services * nonNegative(input.buildsPerServicePerHour);
  // A build occupies a slot only while it runs, so the slots in use are arrivals × duration;
  // builds waiting in a queue hold no slot.
  const concurrentBuilds = (buildsPerHour * nonNegative(input.buildMinutes)) / 60;
  const pushesPerDay = services * nonNegative(input.pushesPerServicePerDay);
  // Registries store blobs by digest and a push skips blobs they already hold, so only the
  // changed layers cost storage and upload; a node that has the previous image pulls only those.
  const newLayerMb = Math.min(nonNegative(input.newLayerMbPerPush), imageSizeMb);
  const pushMbPerDay = pushesPerDay * newLayerMb;
  const pullMbPerDay = pushMbPerDay * nonNegative(input.pullsPerPush);
  return {
    buildsPerHour,
    concurrentBuilds,
    agents: agentsFor(concurrentBuilds, nonNegative(input.buildsPerAgent)),
    pushesPerDay,
    storageMbPerDay: pushMbPerDay,
    unsharedStorageMbPerDay: pushesPerDay * imageSizeMb,
    pushMbPerDay,
    pullMbPerDay,
    networkMbPerDay: pushMbPerDay + pullMbPerDay,
    tier: tierForUsers(nonNegative(input.users)),
  };
}

const UNITS = ['MB', 'GB', 'TB', 'PB', 'EB'];

/** Formats a decimal megabyte figure with the largest unit that keeps it ≥ 1, e.g. 600 GB. */
export function formatMegabytes(mb: number): string {
  if (!Number.isFinite(mb)) return '∞';
  let value = mb;
  let unit = 0;
  while (value >= 1000 && unit < UNITS.length - 1) {
    value /= 1000;
    unit += 1;
  }
  const rounded =
    value >= 100 || Number.isInteger(value) ? Math.round(value) : Number(value.toFixed(1));
  return `${rounded.toLocaleString('en-US')} ${UNITS[unit]}`;
}

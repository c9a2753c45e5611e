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
  /** size of one pushed image, in megabytes (1 MB = 1,000,000 bytes) */
  imageSizeMb: number;
  /** pushes of each service's image per day */
  pushesPerServicePerDay: number;
  /** how many machines pull each freshly pushed image (nodes, CI runners, regions) */
  pullsPerPush: number;
  /** builds one agent runs at the same time */
  buildsPerAgent: number;
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
  agents: number;
  pushesPerDay: number;
  storageMbPerDay: number;
  pushMbPerDay: number;
  pullMbPerDay: number;
  networkMbPerDay: number;
  tier: GrowthTier;
}

/** The four rows of the growth table, smallest first. */
export const GROWTH_TIERS: readonly GrowthTier[] = [
  {
    users: '100',
    services: '5',
    buildTime: 'seconds to minutes',
    imageSize: 'small (50–200 MB)',
    deploySpeed: 'fast',
    resources: 'low CPU and disk',
  },
  {
    users: '10K',
    services: '20',
    buildTime: 'minutes',
    imageSize: 'medium (200–500 MB)',
    deploySpeed: 'moderate',
    resources: 'moderate CPU and disk',
  },
  {
    users: '1M',
    services: '50+',
    buildTime: '10+ minutes',
    imageSize: 'large (500 MB–1 GB)',
    deploySpeed: 'slower',
    resources: 'high CPU and disk',
  },
  {
    users: '100M',
    services: '100+',
    buildTime: '30+ minutes',
    imageSize: 'very large (1 GB+)',
    deploySpeed: 'slow',
    resources: 'very high CPU and disk',
  },
];

/** The worked example: 1M users, 50 services, one build per service per hour, 500 MB images. */
export const DEFAULT_BUILD_COST_INPUT: BuildCostInput = {
  users: 1_000_000,
  services: 50,
  buildsPerServicePerHour: 1,
  imageSizeMb: 500,
  pushesPerServicePerDay: 24,
  pullsPerPush: 19,
  buildsPerAgent: 5,
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

/** Computes build agents, storage and network for one set of inputs; bad numbers count as 0. */
export function estimateBuildCost(input: BuildCostInput): BuildCostResult {
  const services = nonNegative(input.services);
  const imageSizeMb = nonNegative(input.imageSizeMb);
  const buildsPerHour = services * nonNegative(input.buildsPerServicePerHour);
  const perAgent = nonNegative(input.buildsPerAgent);
  // Each build is assumed to hold its slot for the hour, so concurrent builds = builds per hour.
  const agents =
    buildsPerHour === 0 ? 0 : perAgent === 0 ? Infinity : Math.ceil(buildsPerHour / perAgent);
  const pushesPerDay = services * nonNegative(input.pushesPerServicePerDay);
  const storageMbPerDay = pushesPerDay * imageSizeMb;
  const pushMbPerDay = storageMbPerDay;
  const pullMbPerDay = pushMbPerDay * nonNegative(input.pullsPerPush);
  return {
    buildsPerHour,
    agents,
    pushesPerDay,
    storageMbPerDay,
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

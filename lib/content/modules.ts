/** The course's modules, in teaching order. Lessons name one of these ids in their frontmatter. */
export interface CourseModule {
  id: ModuleId;
  title: string;
  description: string;
}

export const MODULE_IDS = ['foundations', 'lean-secure', 'buildkit', 'at-scale'] as const;

export type ModuleId = (typeof MODULE_IDS)[number];

export const MODULES: readonly CourseModule[] = [
  {
    id: 'foundations',
    title: 'Foundations',
    description: 'What a stage is, why a build splits into several, and how stages share files.',
  },
  {
    id: 'lean-secure',
    title: 'Lean and secure images',
    description:
      'Choosing runtime bases, shipping only what runs, and shrinking the attack surface.',
  },
  {
    id: 'buildkit',
    title: 'BuildKit in depth',
    description: 'How BuildKit skips unused stages, targets, cache mounts and build checks.',
  },
  {
    id: 'at-scale',
    title: 'Multi-stage at scale',
    description: 'Many services, shared base stages, CI caching and keeping builds fast.',
  },
];

/** The module with this id, or undefined. */
export function getModule(id: string): CourseModule | undefined {
  return MODULES.find((m) => m.id === id);
}

import { z } from 'zod';
import type { AnalyzeOptions } from '@/lib/analyzer/types';

/**
 * How a quiz question's or rule example's Dockerfile is built, so a claim such as "this build
 * fails at line 7" names the build it is true for. `default` is a plain `docker build .`: no
 * `--target`, so BuildKit builds the last stage and only the stages it needs. Source: moby/buildkit
 * frontend/dockerfile/dockerfile2llb/convert.go (toDispatchState takes the last stage when no
 * target is given; dispatchStages runs only the stages reachable from the target, and only there
 * does a COPY --from a later stage fail with "it needs to be defined before current stage").
 */

const STAGE_NAME = /^[A-Za-z0-9][A-Za-z0-9_.-]*$/;
const ARG_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;

const buildObjectSchema = z.strictObject(
  {
    /** `docker build --target NAME` */
    target: z
      .string()
      .trim()
      .regex(STAGE_NAME, 'must be a stage name such as app (letters, digits, _ . -)')
      .optional(),
    /** `--build-arg NAME=VALUE` pairs; values are strings, so quote numbers such as "1.23" */
    'build-args': z
      .record(
        z.string().regex(ARG_NAME, 'build-arg names are letters, digits and _'),
        z.string({ error: 'must be a string: quote it, e.g. "1.23"' }),
      )
      .optional(),
  },
  { error: 'must be default, or { target: NAME, build-args: { NAME: "value" } }' },
);

/**
 * The `build:` field: `default`, or `{ target, build-args }` (both optional). `default` is read
 * as an empty build before validation, so a mistake inside the object is reported at its own key
 * instead of as a failed union.
 */
export const buildSpecSchema = z.preprocess(
  (value) => (value === 'default' ? {} : value),
  buildObjectSchema,
);

export type BuildSpecSource = z.infer<typeof buildSpecSchema>;

/** A build in the form the analyzer takes; an empty object is a plain `docker build .`. */
export interface BuildSpec {
  target?: string;
  buildArgs?: Record<string, string>;
}

/** The analyzer-facing form of a `build:` field (undefined and `default` are a plain build). */
export function resolveBuildSpec(source: BuildSpecSource | undefined): BuildSpec {
  if (source === undefined) return {};
  const spec: BuildSpec = {};
  if (source.target) spec.target = source.target;
  const buildArgs = source['build-args'];
  if (buildArgs && Object.keys(buildArgs).length) spec.buildArgs = { ...buildArgs };
  return spec;
}

/** The options `analyze()` needs to see the file as this build does. */
export function analyzeOptionsFor(spec: BuildSpec): Pick<AnalyzeOptions, 'target' | 'buildArgs'> {
  const options: Pick<AnalyzeOptions, 'target' | 'buildArgs'> = {};
  if (spec.target) options.target = spec.target;
  if (spec.buildArgs) options.buildArgs = spec.buildArgs;
  return options;
}

/** The build as the command a learner would type, e.g. `docker build --target app .`. */
export function buildCommand(spec: BuildSpec): string {
  const parts = ['docker build'];
  if (spec.target) parts.push(`--target ${spec.target}`);
  for (const [name, value] of Object.entries(spec.buildArgs ?? {})) {
    parts.push(`--build-arg ${name}=${value}`);
  }
  parts.push('.');
  return `\`${parts.join(' ')}\``;
}

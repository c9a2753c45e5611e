/**
 * Named build contexts (`docker buildx build --build-context NAME=SOURCE`). BuildKit looks one up
 * before it pulls an image or uses a stage of that name (convert.go:460-474 for a stage,
 * :666-685 for an image; moby/buildkit 73ed6825c4b7569379ef89df0aedcdbe64473d31), by the name's
 * familiar form with `:latest` trimmed (dockerui/config.go NamedContext): `alpine`,
 * `docker.io/library/alpine:latest` and `alpine:latest` all find a context called `alpine`.
 */
import { parseImageRef } from './image-ref';
import type { AnalyzeOptions, StageInfo } from './types';

const LATEST = ':latest';

/** The name BuildKit looks a named context up by, for an image name; null when it cannot parse. */
export function contextLookupName(value: string): string | null {
  const ref = parseImageRef(value);
  if (!ref.ok) return null;
  let name = ref.familiar;
  if (ref.tag !== null) name += `:${ref.tag}`;
  if (ref.digest !== null) name += `@${ref.digest}`;
  return name.endsWith(LATEST) ? name.slice(0, -LATEST.length) : name;
}

/** The SOURCE of the `--build-context` that `value` (a FROM base or `--from`) reads, or undefined. */
export function namedContextSource(options: AnalyzeOptions, value: string): string | undefined {
  const contexts = options.buildContexts;
  if (!contexts) return undefined;
  // namedContextFunc never looks these two up (convert.go:226)
  const lower = value.toLowerCase();
  if (lower === 'scratch' || lower === 'context') return undefined;
  const wanted = contextLookupName(value) ?? value;
  for (const [name, source] of Object.entries(contexts)) {
    // buildx passes the name as typed; compare it as BuildKit would look it up
    const key = contextLookupName(name) ?? name;
    if (key.toLowerCase() === wanted.toLowerCase()) return source;
  }
  return undefined;
}

/** The image a `docker-image://REF` context source stands for, or null for any other source. */
export function contextImage(source: string): string | null {
  const prefix = 'docker-image://';
  return source.startsWith(prefix) ? source.slice(prefix.length) : null;
}

/**
 * The `--build-context` a stage's FROM reads instead of pulling its base image: one named like
 * the stage replaces the whole stage (convert.go:460-474), one named like the base replaces the
 * pull (convert.go:666-685). Undefined when the base image is pulled.
 */
export function baseContextSource(options: AnalyzeOptions, stage: StageInfo): string | undefined {
  if (!options.buildContexts) return undefined;
  if (stage.key !== null) {
    const source = namedContextSource(options, stage.key);
    if (source !== undefined) return source;
  }
  return stage.baseStage === null ? namedContextSource(options, stage.base) : undefined;
}

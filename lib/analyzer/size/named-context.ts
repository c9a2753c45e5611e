/**
 * Sizes for a base or `--from` that a named build context supplies (`--build-context NAME=SOURCE`):
 * BuildKit reads the context instead of pulling the Docker Hub image of that name (convert.go:666,
 * moby/buildkit 73ed6825c4b7569379ef89df0aedcdbe64473d31). A `docker-image://REF` context is that
 * image; any other source (a directory, a Git or HTTP URL, an OCI layout) has no published size.
 */
import { contextImage } from '../named-contexts';
import { UNKNOWN_IMAGE, type BaseResolution } from './base-images';

/** A base image resolution and the reason line an estimate leads with. */
export interface ResolvedBase {
  r: BaseResolution;
  reason: string;
}

/** Resolves an image reference on a platform, as the estimator does for a pulled base. */
export type Resolver = (ref: string, platform?: string | null) => ResolvedBase;

/** The base that `--build-context name=source` gives, sized through `resolve` when it is an image. */
export function resolveNamedContext(
  resolve: Resolver,
  name: string,
  source: string,
  platform?: string | null,
): ResolvedBase {
  const image = contextImage(source);
  if (image !== null && image !== '') {
    const { r, reason } = resolve(image, platform);
    return { r, reason: `${name} is --build-context ${name}=${source}: ${reason}` };
  }
  const note = `named build context ${source}, not a Docker Hub image: size unknown`;
  const r: BaseResolution = {
    image: name,
    family: null,
    known: false,
    exact: false,
    uncompressed: { ...UNKNOWN_IMAGE.uncompressed },
    compressed: { ...UNKNOWN_IMAGE.compressed },
    note,
  };
  return {
    r,
    reason: `${name} is --build-context ${name}=${source}, not a Docker Hub image; its size is unknown`,
  };
}

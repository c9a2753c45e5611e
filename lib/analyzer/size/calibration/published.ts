/**
 * Real images with a published size. Each Dockerfile is a reduced one we wrote ourselves, after
 * the build history the source records (docker-library's `repo-info` prints every layer's command);
 * nothing is copied from the projects. Sizes are in MB (10^6 bytes), linux/amd64 unless the id
 * says Windows. `compressedMb` is the registry's "Total Size" (sum of gzip'd layer blobs),
 * `uncompressedMb` what `docker images` shows. Every figure names its source.
 */

/** One real image, with the Dockerfile that builds it (reduced) and its published size. */
export interface PublishedCase {
  id: string;
  title: string;
  dockerfile: string;
  /** published uncompressed size, MB, when known */
  uncompressedMb?: number;
  /** published compressed (pull) size, MB, when known */
  compressedMb?: number;
  /** where each figure comes from */
  source: string;
  /** what the case exercises: download, source-build, go, rust, java, node, python, dotnet, windows… */
  covers: string[];
}

/** Joins lines into a Dockerfile with a trailing newline. */
export const lines = (...l: string[]) => `${l.join('\n')}\n`;

/** `docker-library/repo-info` file at a commit: the "Total Size" of the linux; amd64 section. */
export const repoInfo = (commit: string, path: string) =>
  `github.com/docker-library/repo-info @ ${commit} : ${path} (linux; amd64 "Total Size", compressed)`;

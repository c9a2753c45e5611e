/**
 * Source builds: `./configure`, `make install`, `cmake --install`. What lands in the prefix is
 * unknown until built: the official images that build from source commit 2 MB (memcached) to
 * 115 MB compressed (postgres with LLVM) for the build and its run deps (image-sizes.md §1a:
 * memcached 2.0, httpd 16.8, haproxy 18.4, redis 35.1, postgres 115.3 MB), so the range is wide.
 */
import { part, type Part } from '../range';
import type { Command } from '../shell';

/** uncompressed MB: compressed 2–115 MB × 2.4–3.6 (image-sizes.md §0 runtime band) */
const INSTALLED: [number, number, number] = [40, 4, 420];
/** built programs and libraries compress like a runtime (2.93×, node:24-alpine) */
const RATIO = 2.93;

/** Programs {@link sourceBuild} reads. */
export const SOURCE_BUILD_PROGRAMS: ReadonlySet<string> = new Set([
  'make',
  'cmake',
  'ninja',
  'meson',
]);

/** Whether `cmd` installs what a source build made (`make install`, `make -C dir install-bin` …). */
function installs(cmd: Command): boolean {
  const words = cmd.words;
  const program = words[0];
  if (program === 'cmake') return words.includes('--install');
  if (program === 'meson') return words[1] === 'install';
  for (let i = 1; i < words.length; i++) if (/^install(?:-[\w-]+)?$/.test(words[i]!)) return true;
  return false;
}

/**
 * The prefix a source build installs into, once per RUN however many `make install`s it runs
 * (`already` says whether the RUN has one); null for any other command.
 */
export function sourceBuild(cmd: Command, already: boolean): Part[] | null {
  if (!SOURCE_BUILD_PROGRAMS.has(cmd.words[0] ?? '') || !installs(cmd)) return null;
  if (already) return [];
  return [
    part(
      'build:install',
      `${cmd.words.join(' ')}: built from source (size unknown; official images commit 2–115 MB compressed)`,
      INSTALLED,
      RATIO,
      '/usr/local',
    ),
  ];
}

/** yum / dnf / microdnf install on RHEL-family images. */
import { part, type Part } from '../range';
import { operands, packageName, type Heuristic } from './context';
import { APT_RATIO } from './apt';

/**
 * No RPM figures in the reference: the compiler reuses the Debian measurement of the same GCC
 * (`gcc libc6-dev` 204,117 KiB, image-sizes.md §3.3); everything else is the default (assumption).
 */
const TOOLCHAIN = new Set(['gcc', 'gcc-c++', 'make', 'glibc-devel', 'development tools']);
const TOOLCHAIN_MB: [number, number, number] = [209, 150, 300];
const DEFAULT_PKG: [number, number, number] = [8, 0.5, 60];

const VALUE_FLAGS = new Set(['--setopt', '--enablerepo', '--disablerepo', '--installroot', '-c']);

/** Sizes `yum|dnf|microdnf install` and the metadata cache they leave without `clean all`. */
export const yum: Heuristic = (cmd) => {
  const [prog, verb] = cmd.words;
  if (prog !== 'yum' && prog !== 'dnf' && prog !== 'microdnf' && prog !== 'tdnf') return null;
  if (verb !== 'install' && verb !== 'groupinstall') return null;
  const names = operands(cmd.words, 2, VALUE_FLAGS).map(packageName).filter(Boolean);
  const parts: Part[] = [];
  const chain = names.filter((n) => TOOLCHAIN.has(n));
  if (chain.length > 0) {
    const label = `${prog} install ${chain.join(' ')}`;
    parts.push(
      part(`yum:pkg:${chain[0]}`, label, TOOLCHAIN_MB, APT_RATIO, undefined, 'yum:toolchain'),
    );
  }
  const rest = names.filter((n) => !TOOLCHAIN.has(n));
  rest.forEach((n, i) => {
    const label =
      i === 0 ? `${prog} install ${rest.join(' ')} (no published figure, ~8 MB per package)` : '';
    parts.push(part(`yum:pkg:${n}`, label, DEFAULT_PKG, APT_RATIO));
  });
  // repository metadata and rpms stay in /var/cache/{yum,dnf} until `clean all` (size: assumption)
  const cache = prog === 'yum' ? '/var/cache/yum' : '/var/cache/dnf';
  parts.push(
    part(
      'yum:cache',
      `${prog} metadata cache left in ${cache} (assumption)`,
      [60, 20, 150],
      APT_RATIO,
      cache,
    ),
  );
  return parts;
};

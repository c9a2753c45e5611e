/** Deletions inside a RUN: what they remove from the same RUN's writes. */
import { resolvePath } from '../shell';
import type { Command } from '../shell';
import { APT_TOOLCHAIN, TOOLCHAIN } from './apt';
import { operands, packageName, type RunContext } from './context';

/** What a command deletes: parts by key, by group, or everything under a path. */
export interface Removal {
  keys: string[];
  groups: string[];
  paths: string[];
  /** how the command reads, for reasons: "rm -rf /var/lib/apt/lists/*" */
  label: string;
  /** what the command leaves behind that a reader might expect gone */
  note?: string;
  /** key prefixes it removes whole, e.g. `apt:pkg:` after `apt-mark auto '.*'` */
  prefixes?: string[];
}

const APK_TOOLCHAIN = new Set(['build-base', 'gcc', 'g++', 'musl-dev']);
const NONE: ReadonlySet<string> = new Set();
const APT_VALUES: ReadonlySet<string> = new Set(['-o']);

/** A removal read from `words` (no closure per call: removal runs a few times per file). */
function removed(
  words: string[],
  keys: string[],
  groups: string[] = [],
  paths: string[] = [],
): Removal {
  return { keys, groups, paths, label: words.join(' ') };
}

/** Reads a deleting command (rm, apt-get purge, apk del, cache cleans); null for anything else. */
export function removal(
  cmd: Command,
  ctx: RunContext,
  autoRemoveFollows = false,
  markedAuto = false,
): Removal | null {
  const w = cmd.words;
  const prog = w[0];
  const verb = w[1];
  switch (prog) {
    case 'rm': {
      const paths: string[] = [];
      for (const p of operands(w, 1, NONE))
        paths.push(resolvePath(p.replace(/\/\*+$|\*+$/, ''), ctx.workdir));
      return removed(w, [], [], paths);
    }
    case 'apt-get':
    case 'apt':
      return markedAuto && isAutoRemoving(w)
        ? { ...removed(w, [], [APT_TOOLCHAIN]), prefixes: ['apt:pkg:'] }
        : aptRemoval(w, autoRemoveFollows);
    case 'Remove-Item': {
      // PowerShell's rm: -Force/-Recurse and the path (image-sizes.md §3.7.2: same-RUN deletes net out)
      const paths: string[] = [];
      for (const p of operands(w, 1, NONE))
        paths.push(resolvePath(p.replace(/\\/g, '/'), ctx.workdir));
      return removed(w, [], [], paths);
    }
    case 'apk':
      if (verb === 'del') {
        const names = packageNames(operands(w, 2, NONE));
        const groups: string[] = [];
        for (const n of names) groups.push(n);
        if (someIn(names, APK_TOOLCHAIN)) groups.push('apk:toolchain');
        return removed(w, prefixed('apk:pkg:', names), groups);
      }
      if (verb === 'cache' && w[2] === 'clean') return removed(w, ['apk:index']);
      return null;
    case 'yum':
    case 'dnf':
    case 'microdnf':
      if (verb === 'clean') return removed(w, ['yum:cache']);
      if (verb === 'remove' || verb === 'erase') {
        return removed(w, prefixed('yum:pkg:', packageNames(operands(w, 2, NONE))), [
          'yum:toolchain',
        ]);
      }
      return null;
    case 'npm':
    case 'yarn':
      if (verb === 'cache' && w[2] === 'clean') return removed(w, ['node:cache']);
      return null;
    case 'go':
      if (verb === 'clean') {
        const keys: string[] = [];
        if (has(w, '-cache')) keys.push('go:build-cache');
        if (has(w, '-modcache')) keys.push('go:mod-cache');
        return removed(w, keys);
      }
      return null;
    case 'cargo':
      return verb === 'clean' ? removed(w, ['cargo:target', 'cargo:binary']) : null;
    default:
      if (PIP_OR_PYTHON.test(prog ?? '') && has(w, 'cache') && has(w, 'purge'))
        return removed(w, ['pip:cache']);
      return null;
  }
}

const PIP_OR_PYTHON = /^(?:python3?|pip3?)$/;

/** apt-get(8): `--auto-remove` (or `--autoremove`) makes remove and purge run autoremove too. */
function autoRemoves(words: string[]): boolean {
  return has(words, '--auto-remove') || has(words, '--autoremove');
}

/**
 * After `apt-mark auto '.*'` (the docker-library idiom: `savedAptMark=…; apt-mark auto '.*';
 * apt-mark manual $savedAptMark`), every package this RUN installed is automatic, so
 * `apt-get purge --auto-remove` (or autoremove) removes them all but what the result links to
 * (apt-mark(8), apt-get(8)).
 */
function isAutoRemoving(words: string[]): boolean {
  const verb = words[1];
  return (
    ((verb === 'purge' || verb === 'remove') && autoRemoves(words)) ||
    verb === 'autoremove' ||
    verb === 'autopurge'
  );
}

/** `apt-get autoremove`/`autopurge`: removes what purged packages pulled in (apt-get(8)). */
export function isAptAutoRemove(words: readonly string[]): boolean {
  const verb = words[1];
  return (
    (words[0] === 'apt-get' || words[0] === 'apt') &&
    (verb === 'autoremove' || verb === 'autopurge')
  );
}

/**
 * What an apt command removes. A package figure is its install with dependencies, so purge and
 * remove free it only with --auto-remove or an autoremove later in the same RUN; without, the
 * dependencies (the compiler itself, for gcc) stay. `dist-clean` (apt 2.7.8+, Debian 13 trixie)
 * removes the package lists but for the Release files, and the downloaded archives.
 */
function aptRemoval(w: string[], autoRemoveFollows: boolean): Removal | null {
  const verb = w[1];
  if (verb === 'purge' || verb === 'remove') {
    const names = packageNames(operands(w, 2, APT_VALUES));
    if (!autoRemoves(w) && !autoRemoveFollows) {
      const note = `${w.join(' ')} without --auto-remove leaves the packages it pulled in installed`;
      return { ...removed(w, []), note };
    }
    return removed(w, prefixed('apt:pkg:', names), someIn(names, TOOLCHAIN) ? [APT_TOOLCHAIN] : []);
  }
  if (verb === 'dist-clean' || verb === 'distclean')
    return removed(w, [], [], ['/var/lib/apt/lists']);
  // Debian/Ubuntu images already auto-clean .deb archives (image-sizes.md §3.7.4)
  if (verb === 'clean' || verb === 'autoclean' || verb === 'autoremove' || verb === 'autopurge') {
    return removed(w, []);
  }
  return null;
}

/*
 * The lists a removal holds are built by push, never by Array.prototype.map: map's result changes
 * its hidden class once its caller is optimised, and every reader optimised before then deopts.
 */

function packageNames(words: string[]): string[] {
  const out: string[] = [];
  for (const w of words) out.push(packageName(w));
  return out;
}

function prefixed(prefix: string, names: string[]): string[] {
  const out: string[] = [];
  for (const n of names) out.push(prefix + n);
  return out;
}

function someIn(names: string[], set: ReadonlySet<string>): boolean {
  for (const n of names) if (set.has(n)) return true;
  return false;
}

function has(words: string[], w: string): boolean {
  for (let i = 0; i < words.length; i++) if (words[i] === w) return true;
  return false;
}

/** COPY / ADD: from the build context, from another stage, or from an image. */
import type { Instruction } from '../../types';
import { bytesPart, DEFAULT_RATIO, MB, part, sumGuesses, type Guess, type Part } from '../range';
import { isUnder, lastIndexOfCode, resolvePath } from '../shell';
import type { PartList, RunContext } from './context';
import { ROOT_FILESYSTEMS } from './artifacts';
import { JAR_RATIO } from './jvm-build';

/** What a `COPY --from` reads: a stage's files (parts by path) and its whole size. */
export interface CopySource {
  /** e.g. "build" or "nginx:alpine" */
  name: string;
  /** everything the stage wrote, with paths (inherited stages included) */
  parts: PartList | null;
  /** the whole stage or image, for `COPY --from=x /` */
  total: { uncompressed: Guess; compressed: Guess };
  /** what the stage's own layers added (uncompressed) */
  added: Guess;
}

/**
 * Context files: unknown, so a small default; `.dockerignore` decides the real figure. A name
 * without an extension may be a prebuilt binary: Go servers ship 30–150 MB ones (traefik's layer
 * is 50.9 MB compressed, image-sizes.md §1a), so the range reaches 200 MB.
 */
const CONTEXT_DIR: [number, number, number] = [5, 0.1, 200];
const CONTEXT_FILE: [number, number, number] = [0.05, 0.001, 2];
const REMOTE: [number, number, number] = [10, 0.1, 200];
const ARCHIVE: [number, number, number] = [20, 0.5, 300];
const FILE: [number, number, number] = [0.2, 0.001, 5];
/**
 * a Go/Rust service binary: 5–25 MB typical (image-sizes.md §3.1–3.2), up to ~150 MB for
 * traefik-class servers (50.9 MB compressed × 2.8, §1a)
 */
const BINARY: [number, number, number] = [12, 1, 200];
const JAR: [number, number, number] = [25, 1.4, 80];

/** Directory-like names: never a single file or binary. */
const DIR_NAMES: ReadonlySet<string> = new Set(
  'node_modules dist build out public static lib lib64 site-packages venv .venv target html app src bin sbin share etc usr opt var www assets standalone .next .local packages vendor libs classes dependencies modules'.split(
    ' ',
  ),
);

/** `s.replace(/^(["'])(.*)\1$/, '$2')` without the regex: one quote pair around a single line. */
export function unquote(s: string): string {
  const c = s.charCodeAt(0);
  if ((c !== 34 && c !== 39) || s.length < 2 || s.charCodeAt(s.length - 1) !== c) return s;
  // `.` matches no line terminator
  for (let i = 1; i < s.length - 1; i++) {
    const d = s.charCodeAt(i);
    if (d === 10 || d === 13 || d === 0x2028 || d === 0x2029) return s;
  }
  return s.slice(1, -1);
}

function basename(p: string): string {
  let end = p.length;
  while (end > 0 && p.charCodeAt(end - 1) === 47) end--;
  return p.slice(lastIndexOfCode(p, 47, end - 1) + 1, end);
}

/** Ends in `.` and one or more ASCII letters or digits (`/\.[A-Za-z0-9]+$/`). */
function hasExtension(name: string): boolean {
  let i = name.length - 1;
  for (; i >= 0; i--) {
    const c = name.charCodeAt(i);
    const alnum = (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
    if (!alnum) break;
  }
  return i >= 0 && i < name.length - 1 && name.charCodeAt(i) === 46;
}

const CONTEXT_FILE_NAMES = new Set(['Dockerfile', 'Makefile', 'LICENSE', 'go.mod', 'go.sum']);

/** Operand `i` of a COPY/ADD: from its JSON form, else its shell word unquoted. */
function operand(json: string[] | null, args: Instruction['args'], i: number): string {
  return json ? json[i]! : unquote(args[i]!.value);
}

/** Sizes a COPY/ADD layer; `from` is the stage or image of `--from`, null for the build context. */
export function estimateCopy(
  instruction: Instruction,
  ctx: RunContext,
  from: CopySource | null,
): Part[] {
  const kw = instruction.keyword;
  const json = instruction.json;
  const args = instruction.args;
  const count = json ? json.length : args.length;
  const dest = count === 0 ? '.' : operand(json, args, count - 1);
  const many = count - 1 > 1;
  const parts: Part[] = [];
  const heredocs = instruction.heredocs;
  if (heredocs.length > 0) {
    let bytes = 0;
    for (const h of heredocs) bytes += h.content.length;
    parts.push(
      bytesPart(
        'copy:heredoc',
        `${kw} here-document`,
        bytes,
        bytes,
        bytes,
        DEFAULT_RATIO,
        resolvePath(dest, ctx.workdir),
      ),
    );
  }
  // the sources, without here-documents (`<<EOF`)
  let first = -1;
  for (let i = 0; i < count - 1; i++) {
    if (!operand(json, args, i).startsWith('<<')) {
      first = i;
      break;
    }
  }
  if (first < 0) return parts;
  // the destination resolves once; each source only adds its base name when it lands inside
  const d = resolvePath(dest, ctx.workdir);
  const into = many || dest.endsWith('/');
  const dir = d === '/' ? '' : d;
  if (from) {
    for (let i = first; i < count - 1; i++) {
      const src = operand(json, args, i);
      if (i > first && src.startsWith('<<')) continue;
      parts.push(fromSource(kw, src, from, into ? `${dir}/${basename(src)}` : d));
    }
    return parts;
  }
  for (let i = first; i < count - 1; i++) {
    const src = operand(json, args, i);
    if (i > first && src.startsWith('<<')) continue;
    const path = into ? `${dir}/${basename(src)}` : d;
    if (src.startsWith('http://') || src.startsWith('https://') || src.startsWith('git@')) {
      parts.push(
        part('copy:remote', `${kw} ${src}: remote file, size unknown`, REMOTE, DEFAULT_RATIO, path),
      );
    } else if (kw === 'ADD' && /\.(?:tar|tgz|tar\.(?:gz|xz|bz2|zst))$/.test(src)) {
      const rootfs = ROOT_FILESYSTEMS.find((a) => a.pattern.test(src));
      if (rootfs) {
        parts.push(
          part(
            'copy:archive',
            `ADD ${src}: ${rootfs.name} (${rootfs.source})`,
            rootfs.installedMb,
            rootfs.ratio,
            path,
          ),
        );
        continue;
      }
      parts.push(
        part(
          'copy:archive',
          `ADD ${src}: archive unpacked, size unknown`,
          ARCHIVE,
          DEFAULT_RATIO,
          path,
        ),
      );
    } else {
      const base = basename(src);
      const isFile = (hasExtension(base) && !hasGlob(src)) || CONTEXT_FILE_NAMES.has(base);
      // the first source's label names them all
      const label = i === first ? contextLabel(kw, json, args, first, count - 1) : '';
      parts.push(
        part('copy:context', label, isFile ? CONTEXT_FILE : CONTEXT_DIR, DEFAULT_RATIO, path),
      );
    }
  }
  return parts;
}

/** "COPY a b from the build context (…)": every source from `first` to `end`, here-documents left out. */
function contextLabel(
  kw: string,
  json: string[] | null,
  args: Instruction['args'],
  first: number,
  end: number,
): string {
  let names = operand(json, args, first);
  for (let i = first + 1; i < end; i++) {
    const src = operand(json, args, i);
    if (!src.startsWith('<<')) names = `${names} ${src}`;
  }
  return `${kw} ${names} from the build context (size unknown; .dockerignore decides)`;
}

function hasGlob(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 42 || c === 63 || c === 91) return true;
  }
  return false;
}

/** `abs` (a clean absolute path with a glob) up to the segment that holds the first glob. */
function globFree(abs: string): string {
  // the segment of the first glob starts after the last `/` before it: keep what precedes that `/`
  let g = 0;
  while (g < abs.length) {
    const c = abs.charCodeAt(g);
    if (c === 42 || c === 63 || c === 91) break;
    g++;
  }
  return abs.slice(0, lastIndexOfCode(abs, 47, g)) || '/';
}

/** Whether any of the part's paths (`path`, then `alt`) is under `dir`. */
function someUnder(p: Part, dir: string): boolean {
  if (!p.path) return false;
  if (isUnder(p.path, dir)) return true;
  if (p.alt) for (const q of p.alt) if (isUnder(q, dir)) return true;
  return false;
}

function fromSource(kw: string, src: string, from: CopySource, dest: string): Part {
  // the source path up to its first glob segment
  const abs = resolvePath(src, '/');
  const globbed = hasGlob(abs);
  const path = globbed ? globFree(abs) : abs;
  const label = `${kw} --from=${from.name} ${src}`;
  if (path === '/' && !globbed) {
    const { uncompressed: u, compressed: c } = from.total;
    const ratio = c.bytes > 0 ? u.bytes / c.bytes : DEFAULT_RATIO;
    return bytesPart(
      'copy:from',
      `${label}: the whole ${from.name} filesystem`,
      u.bytes,
      u.low,
      u.high,
      ratio,
      dest,
    );
  }
  // one pass: the parts under the path, and (for when there are none) the deepest part above it
  let under: Part[] | null = null;
  let best: Part | null = null;
  let bestLen = -1;
  for (let l = from.parts; l; l = l.parent) {
    for (const p of l.own) {
      const pp = p.path;
      if (!pp) continue;
      if (someUnder(p, path)) (under ??= []).push(p);
      if (under) continue;
      if (pp.length > bestLen && isUnder(path, pp)) {
        best = p;
        bestLen = pp.length;
      }
      if (!p.alt) continue;
      for (const q of p.alt) {
        if (q.length > bestLen && isUnder(path, q)) {
          best = p;
          bestLen = q.length;
        }
      }
    }
  }
  if (under) return sum(`${label} (${describe(under)})`, under, dest);
  const guess = byName(label, src, path, globbed, from, dest);
  // the path lies inside something bigger the stage wrote (a whole filesystem, a package install):
  // only part of it is copied, so that write bounds the guess instead of standing in for it
  return best ? within(guess, best) : guess;
}

/** A `COPY --from` of a path the stage's known writes do not cover: sized by its name. */
function byName(
  label: string,
  src: string,
  path: string,
  globbed: boolean,
  from: CopySource,
  dest: string,
): Part {
  const name = basename(path);
  if (name.endsWith('.jar') || name.endsWith('.war') || name.endsWith('.ear'))
    return part('copy:from', `${label}: a jar (1.4–80 MB)`, JAR, JAR_RATIO, dest);
  if (!globbed && hasExtension(name) && !DIR_NAMES.has(name))
    return part('copy:from', `${label}: a file`, FILE, DEFAULT_RATIO, dest);
  if (
    !globbed &&
    !src.endsWith('/') &&
    !DIR_NAMES.has(name) &&
    (path.includes('/bin/') || path.includes('/sbin/') || !name.includes('.'))
  ) {
    return part(
      'copy:from',
      `${label}: a binary (a Go/Rust service is 5–25 MB, traefik-class ones up to ~150 MB)`,
      BINARY,
      2.8,
      dest,
    );
  }
  const a = from.added;
  // never more than the whole source: a scratch-based or tiny stage bounds what can be copied
  const whole = from.total.uncompressed;
  const high = Math.min(Math.max(a.high, 100 * MB), whole.high);
  const bytes = Math.min(Math.max(a.bytes * 0.5, 1 * MB), 200 * MB, whole.bytes, high);
  return bytesPart(
    'copy:from',
    `${label}: a directory, up to what ${from.name} holds`,
    bytes,
    Math.min(0.1 * MB, bytes),
    high,
    DEFAULT_RATIO,
    dest,
  );
}

/** `guess` no bigger than `outer`, the write it is part of (saying so when that cuts it). */
function within(guess: Part, outer: Part): Part {
  if (guess.high <= outer.high && guess.bytes <= outer.bytes) return guess;
  const high = Math.min(guess.high, outer.high);
  const bytes = Math.min(guess.bytes, outer.bytes, high);
  return {
    ...guess,
    label: `${guess.label}, at most ${withoutAside(outer.label)}`,
    bytes,
    low: Math.min(guess.low, bytes),
    high,
  };
}

function sum(label: string, parts: Part[], dest: string): Part {
  const { bytes, low, high } = sumGuesses(parts);
  let compressed = 0;
  for (const p of parts) compressed += p.bytes / p.ratio;
  const ratio = compressed > 0 ? bytes / compressed : DEFAULT_RATIO;
  return bytesPart('copy:from', label, bytes, low, high, ratio, dest);
}

const ASIDE = / \(.*$/;

/** `label.replace(/ \(.*$/, '')`: drops a trailing " (…)" aside. */
export function withoutAside(label: string): string {
  // without " (" the regex cannot match; from the first one it matches unless a line terminator
  // (which `.` does not cross) follows, and labels hardly ever hold one
  const at = label.indexOf(' (');
  if (at < 0) return label;
  for (let i = at + 2; i < label.length; i++) {
    const c = label.charCodeAt(i);
    if (c === 10 || c === 13 || c === 0x2028 || c === 0x2029) return label.replace(ASIDE, '');
  }
  return label.slice(0, at);
}

function describe(parts: Part[]): string {
  // the distinct names in order of first appearance: few, so a linear search beats a Set
  let a = '';
  let b = '';
  const more: string[] = [];
  for (const p of parts) {
    // most parts under a path are unlabelled (they add to the label before them)
    if (p.label === '') continue;
    const n = withoutAside(p.label);
    if (!n || n === a || n === b) continue;
    if (a === '') a = n;
    else if (b === '') b = n;
    else if (!more.includes(n)) more.push(n);
  }
  if (more.length > 0) return `${a}, ${b} +${more.length} more`;
  return b === '' ? a : `${a}, ${b}`;
}

/** pip installs, virtualenvs and the pip cache. */
import { bytesPart, part, type Part } from '../range';
import { resolvePath } from '../shell';
import { operands, packageName, type Heuristic, type RunContext } from './context';

/**
 * Installed sizes, uncompressed MB [point, low, high] (image-sizes.md §3.5: `du -hs` of a real venv,
 * data-for-change/anyway#1353, and the heuristic "Flask/FastAPI + deps: 10–40 MB").
 */
const PACKAGES: ReadonlyMap<string, [number, number, number]> = new Map(
  Object.entries({
    pandas: [98, 80, 120], // pandas 46M + its numpy 23M + numpy.libs 29M
    numpy: [52, 40, 60],
    scipy: [45, 30, 60],
    torch: [2500, 1000, 5000], // "~1–5 GB for torch with CUDA"
    babel: [29, 25, 32],
    pyproj: [30, 25, 35],
    lxml: [11, 9, 13],
    sqlalchemy: [9.4, 8, 11],
    pip: [9.6, 8, 11],
    flask: [20, 10, 40],
    fastapi: [20, 10, 40],
    django: [20, 10, 40],
  } satisfies Record<string, [number, number, number]>),
);
const DEFAULT_PKG: [number, number, number] = [3, 0.1, 30];
/** `-r requirements.txt` or a project: a web app's dependencies (10–40 MB), up to a data stack. */
const REQUIREMENTS: [number, number, number] = [40, 10, 300];

/** Site-packages compress to 25–35% of their size (image-sizes.md §3.5) → 3.3×. */
export const PIP_RATIO = 3.3;

const VALUE_FLAGS = new Set([
  '-r',
  '--requirement',
  '-c',
  '--constraint',
  '-i',
  '--index-url',
  '--extra-index-url',
  '-t',
  '--target',
  '--prefix',
  '--root',
  '-f',
  '--find-links',
  '--cache-dir',
  '--python',
]);

function isPip(w: string[]): number {
  // returns the index of the verb, or -1
  const p = w[0] ?? '';
  if (/^pip(?:3(?:\.\d+)?)?$/.test(p) || /\/pip3?$/.test(p)) return 1;
  if (/^(?:python3?(?:\.\d+)?|\S*\/python3?)$/.test(p) && w[1] === '-m' && w[2] === 'pip') return 3;
  if (p === 'uv' && w[1] === 'pip') return 2;
  return -1;
}

function siteDir(w: string[], ctx: RunContext): string {
  const t = w.findIndex((x) => x === '-t' || x === '--target' || x === '--prefix');
  if (t >= 0 && w[t + 1]) return resolvePath(w[t + 1]!, ctx.workdir);
  if (w.includes('--user')) return '/root/.local';
  if (ctx.venv) return ctx.venv;
  return '/usr/local/lib';
}

/** Sizes `pip install` (packages + cache), `python -m venv` and `uv venv`. */
export const pip: Heuristic = (cmd, ctx) => {
  const w = cmd.words;
  const venv = venvDir(w);
  if (venv !== null) {
    const dir = resolvePath(venv, ctx.workdir);
    ctx.venv = dir;
    // pip alone is 9.6M in a venv (anyway#1353) plus setuptools and the interpreter links
    return [part('venv:base', `virtualenv ${dir}`, [15, 10, 25], PIP_RATIO, dir)];
  }
  const verb = isPip(w);
  if (verb < 0 || w[verb] !== 'install') return null;
  const dir = siteDir(w, ctx);
  const names = operands(w, verb + 1, VALUE_FLAGS)
    .map(packageName)
    .filter(Boolean);
  const parts: Part[] = [];
  const fromFile =
    w.includes('-r') ||
    w.includes('--requirement') ||
    names.some((n) => n === '.' || n.startsWith('./') || n === '-e');
  if (fromFile) {
    parts.push(
      part(
        'pip:pkg:requirements',
        'pip install -r requirements (10–40 MB for a web app, more for data stacks)',
        REQUIREMENTS,
        PIP_RATIO,
        dir,
      ),
    );
  }
  const unknown: string[] = [];
  for (const n of names) {
    if (n === '.' || n.startsWith('.') || n.startsWith('/') || n === '-e') continue;
    const known = PACKAGES.get(n);
    if (known) parts.push(part(`pip:pkg:${n}`, `pip install ${n}`, known, PIP_RATIO, dir));
    else unknown.push(n);
  }
  unknown.forEach((n, i) => {
    const label =
      i === 0 ? `pip install ${unknown.join(' ')} (no published figure, ~3 MB each)` : '';
    parts.push(part(`pip:pkg:${n}`, label, DEFAULT_PKG, PIP_RATIO, dir));
  });
  const noCache =
    w.includes('--no-cache-dir') ||
    /^(?:1|true|yes|on|off|0|false)$/i.test(
      ctx.env.PIP_NO_CACHE_DIR ?? cmd.env.PIP_NO_CACHE_DIR ?? '',
    );
  if (!noCache && parts.length > 0) {
    // the downloaded wheels stay in ~/.cache/pip (hadolint DL3042); ~30% of the install (assumption)
    let b = 0;
    let h = 0;
    for (const p of parts) {
      b += p.bytes;
      h += p.high;
    }
    parts.push(
      bytesPart(
        'pip:cache',
        'pip cache in /root/.cache/pip (use --no-cache-dir; assumption ~30%)',
        b * 0.3,
        0,
        h * 0.6,
        1.1,
        '/root/.cache/pip',
      ),
    );
  }
  return parts;
};

function venvDir(w: string[]): string | null {
  const p = w[0] ?? '';
  if (
    /^python3?(?:\.\d+)?$|\/python3?$/.test(p) &&
    w[1] === '-m' &&
    (w[2] === 'venv' || w[2] === 'virtualenv')
  ) {
    return operands(w, 3, new Set(['--prompt']))[0] ?? null;
  }
  if (p === 'virtualenv') return operands(w, 1, new Set(['-p', '--python', '--prompt']))[0] ?? null;
  if (p === 'uv' && w[1] === 'venv')
    return operands(w, 2, new Set(['-p', '--python']))[0] ?? '.venv';
  return null;
}

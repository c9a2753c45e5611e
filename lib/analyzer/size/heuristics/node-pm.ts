/** npm / yarn / pnpm installs, their caches, and web builds. */
import { bytesPart, part, type Part } from '../range';
import { operands, type Heuristic, type RunContext } from './context';

/**
 * node_modules, uncompressed MB (image-sizes.md §3.4, measured with npm 11 on four stacks:
 * express 79.6 / 2.9, vite-react 76.4 / 8.4, nest 148.4 / 11.0, next 403.4 / 319.5 full / --omit=dev).
 */
const FULL: [number, number, number] = [120, 76.4, 403.4];
const PROD: [number, number, number] = [12, 2.9, 319.5];
/** Node apps compress 2.4–3.6× (image-sizes.md §0). */
export const NODE_RATIO = 3;

/** A build's output (dist/, build/, .next/): no figure in the reference (assumption). */
const BUILD: [number, number, number] = [10, 0.5, 150];
const GLOBAL_PKG: [number, number, number] = [10, 0.5, 50];

const PMS = new Set(['npm', 'yarn', 'pnpm', 'corepack']);

function isProd(w: string[], ctx: RunContext, env: Record<string, string>): boolean {
  if (w.some((x) => /^--(?:omit=dev|production|prod|only=prod(?:uction)?)$/.test(x) || x === '-P'))
    return true;
  return (env.NODE_ENV ?? ctx.env.NODE_ENV) === 'production';
}

/** Sizes `npm ci|install`, `yarn [install]`, `pnpm install`, `npm prune`, `npm run build` and the like. */
export const nodePm: Heuristic = (cmd, ctx) => {
  const w = cmd.words;
  const prog = w[0] ?? '';
  if (!PMS.has(prog) && prog !== 'npx') return null;
  const verb = w[1] ?? (prog === 'yarn' ? 'install' : '');
  const wd = ctx.workdir.replace(/\/$/, '');
  const modules = `${wd}/node_modules`;
  if (prog === 'npx' || verb === 'run' || verb === 'build' || verb === 'exec') {
    const script =
      prog === 'npx' ? w.slice(1).join(' ') : verb === 'build' ? 'build' : (w[2] ?? '');
    if (!/build|compile|tsc|export|bundle|dist/.test(script)) return [];
    const out = `${wd}/dist`;
    const alt = ['build', '.next', 'out', 'public'].map((d) => `${wd}/${d}`);
    const label = `${prog} ${prog === 'npx' ? '' : 'run '}${script} output (dist/, build/, .next/; assumption)`;
    const p = part('node:build', label.replace('  ', ' '), BUILD, NODE_RATIO, out);
    p.alt = alt;
    return [p];
  }
  const bare =
    verb === 'ci' || verb === 'install' || verb === 'i' || verb === 'add' || verb.startsWith('-');
  if (verb === 'prune') {
    return [
      part('node:modules', `${prog} prune (production node_modules)`, PROD, NODE_RATIO, modules),
    ];
  }
  if (!bare) return null;
  const names = operands(
    w,
    verb.startsWith('-') ? 1 : 2,
    new Set(['--prefix', '--registry', '--cache']),
  );
  const parts: Part[] = [];
  if (w.includes('-g') || w.includes('--global')) {
    parts.push(
      part(
        'node:global',
        `${prog} install -g ${names.join(' ')}`,
        scaleN(GLOBAL_PKG, Math.max(1, names.length)),
        NODE_RATIO,
        '/usr/local/lib/node_modules',
      ),
    );
    return parts;
  }
  const prod = isProd(w, ctx, cmd.env);
  if (names.length > 0 && verb !== 'ci') {
    // explicit packages added to an existing tree
    parts.push(
      part(
        `node:pkg:${names[0]}`,
        `${prog} ${verb} ${names.join(' ')}`,
        scaleN([5, 0.2, 50], names.length),
        NODE_RATIO,
        modules,
      ),
    );
  } else {
    const label = `${prog} ${verb === 'i' ? 'install' : verb}${prod ? ' (production deps)' : ' (with devDependencies)'} node_modules`;
    parts.push(part('node:modules', label, prod ? PROD : FULL, NODE_RATIO, modules));
  }
  if (prog !== 'pnpm') {
    // the package tarballs stay in ~/.npm or yarn's cache: gzip'd, ~1/3 of node_modules (assumption)
    const m = parts[0]!;
    const cache = prog === 'yarn' ? '/usr/local/share/.cache/yarn' : '/root/.npm';
    parts.push(
      bytesPart(
        'node:cache',
        `${prog} cache in ${cache} (assumption ~⅓ of node_modules)`,
        m.bytes / 3,
        m.low / 5,
        m.high / 2,
        1.1,
        cache,
      ),
    );
  }
  return parts;
};

function scaleN([b, l, h]: [number, number, number], n: number): [number, number, number] {
  return [b * n, l * n, h * n];
}

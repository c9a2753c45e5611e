import { expect, test } from 'vitest';
import { splitCommands } from '../shell';
import { newContext } from './context';
import { nodePm } from './node-pm';

const MB = 1e6;
const at = (wd: string) => ({ ...newContext(), workdir: wd });

test('npm ci installs node_modules with devDependencies, and leaves the npm cache', () => {
  const parts = nodePm(splitCommands('npm ci')[0]!, at('/app'))!;
  expect(parts.map((p) => p.key)).toEqual(['node:modules', 'node:cache']);
  expect(parts[0]!.path).toBe('/app/node_modules');
  expect(parts[0]!.low).toBeCloseTo(76.4 * MB);
  expect(parts[1]!.path).toBe('/root/.npm');
});

test('--omit=dev and NODE_ENV=production install production deps only', () => {
  const prod = nodePm(splitCommands('npm ci --omit=dev')[0]!, at('/app'))![0]!;
  expect(prod.bytes).toBeLessThan(20 * MB);
  expect(prod.label).toContain('production');
  const ctx = at('/app');
  ctx.env.NODE_ENV = 'production';
  expect(nodePm(splitCommands('yarn install --frozen-lockfile')[0]!, ctx)![0]!.bytes).toBe(
    prod.bytes,
  );
  expect(nodePm(splitCommands('pnpm install --prod')[0]!, at('/app'))!).toHaveLength(1);
});

test('npm run build produces an output folder that COPY --from can find', () => {
  const [out] = nodePm(splitCommands('npm run build')[0]!, at('/app'))!;
  expect(out!.path).toBe('/app/dist');
  expect(out!.alt).toContain('/app/build');
  expect(nodePm(splitCommands('npm run lint')[0]!, at('/app'))).toEqual([]);
});

test('npm prune --production replaces node_modules with production deps', () => {
  const [p] = nodePm(splitCommands('npm prune --production')[0]!, at('/app'))!;
  expect(p!.key).toBe('node:modules');
  expect(p!.bytes).toBeLessThan(20 * MB);
});

test('not a node package manager', () => {
  expect(nodePm(splitCommands('node server.js')[0]!, at('/app'))).toBeNull();
});

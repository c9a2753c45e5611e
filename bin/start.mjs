#!/usr/bin/env node
// `npm start`: build the static site when `out/` is missing or older than its sources, then serve it.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { serve } from './serve-static.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const outDir = path.join(root, 'out');
const SOURCES = [
  'app',
  'components',
  'content',
  'lib',
  'public',
  'mdx-components.tsx',
  'next.config.js',
  'package.json',
  'postcss.config.mjs',
];

/** Newest modification time (ms) of any file under `p`, skipping tests; 0 when absent. */
export function newestMtime(p) {
  let stat;
  try {
    stat = fs.statSync(p);
  } catch {
    return 0;
  }
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = 0;
  for (const entry of fs.readdirSync(p))
    newest = Math.max(newest, newestMtime(path.join(p, entry)));
  return newest;
}

function needsBuild() {
  const built = path.join(outDir, 'index.html');
  if (!fs.existsSync(built)) return 'out/ is missing';
  const builtAt = fs.statSync(built).mtimeMs;
  const changed = SOURCES.find((s) => newestMtime(path.join(root, s)) > builtAt);
  return changed ? `${changed} changed since the last build` : null;
}

const reason = needsBuild();
if (reason) {
  console.log(`Building the site (${reason}) ...`);
  const result = spawnSync('npm', ['run', 'build'], {
    cwd: root,
    stdio: 'inherit',
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1' },
  });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

const port = Number(process.env.PORT ?? 3000);
serve(outDir, port).then(
  (server) => {
    const { port: actual } = server.address();
    console.log(`Stagecraft is running at http://127.0.0.1:${actual}/ (Ctrl+C to stop)`);
  },
  (err) => {
    console.error(`Could not listen on 127.0.0.1:${port}: ${err.message}`);
    process.exit(1);
  },
);

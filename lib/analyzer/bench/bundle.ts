/** Bundles a bench entry the way the web app ships the analyzer: one ESM module, for Node. */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** Bundles `entry` (a file beside this one) into a fresh temp dir; returns both paths. */
export async function bundleEntry(entry: string): Promise<{ dir: string; file: string }> {
  const esbuild = await import('esbuild');
  const dir = mkdtempSync(join(tmpdir(), 'stagecraft-bench-'));
  const file = join(dir, entry.replace(/\.ts$/, '.mjs'));
  await esbuild.build({
    entryPoints: [fileURLToPath(new URL(`./${entry}`, import.meta.url))],
    bundle: true,
    format: 'esm',
    platform: 'node',
    outfile: file,
    logLevel: 'silent',
  });
  return { dir, file };
}

import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, expect, test } from 'vitest';

// The bin scripts read their arguments with node:util parseArgs; these run them as `npm run` does.

const scratch = mkdtempSync(path.join(tmpdir(), 'stagecraft-cli-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

function run(script: string, args: string[], environment: Record<string, string> = {}) {
  return spawnSync(process.execPath, ['--import', 'tsx', script, ...args], {
    encoding: 'utf8',
    env: { ...process.env, ...environment },
  });
}

test('new:lesson rejects a misspelt option instead of putting it in the title', () => {
  const lessonsDirectory = path.join(scratch, 'lessons');
  const result = run('bin/new-lesson.ts', ['Cache', 'mounts', '--modul', 'buildkit'], {
    LESSONS_DIR: lessonsDirectory,
  });
  expect(result.status).toBe(2);
  expect(result.stderr).toContain("Unknown option '--modul'");
  expect(result.stderr).toContain('usage: npm run new:lesson');
  expect(readdirSync(scratch)).not.toContain('lessons');
});

test('new:lesson without a title prints the usage', () => {
  const result = run('bin/new-lesson.ts', ['--module', 'buildkit']);
  expect(result.status).toBe(2);
  expect(result.stderr).toContain('usage: npm run new:lesson');
});

test('content:check refuses an option or a second folder rather than ignoring it', () => {
  const withOption = run('bin/content-check.ts', ['--strict']);
  expect(withOption.status).toBe(2);
  expect(withOption.stderr).toContain("Unknown option '--strict'");
  const twoFolders = run('bin/content-check.ts', ['content', 'other']);
  expect(twoFolders.status).toBe(2);
  expect(twoFolders.stderr).toContain('one content folder, not also other');
});

import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, test } from 'vitest';

const dir = mkdtempSync(join(tmpdir(), 'analyze-cli-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function file(name: string, text: string): string {
  const p = join(dir, name);
  writeFileSync(p, text);
  return p;
}

function cli(...args: string[]) {
  const r = spawnSync(process.execPath, ['--import', 'tsx', 'bin/analyze.ts', ...args], {
    encoding: 'utf8',
  });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

const clean = file(
  'clean.Dockerfile',
  'FROM alpine:3.20 AS build\nRUN true\nFROM alpine:3.20\nCMD ["sh"]\n',
);
const broken = file('broken.Dockerfile', 'FORM alpine:3.20\n');

test('--help prints usage and exits 0', () => {
  const r = cli('--help');
  expect(r.code).toBe(0);
  expect(r.out).toContain(
    'usage: npm run --silent analyze -- [--json] [--target NAME] [--build-arg KEY=VALUE]... [--build-context NAME=SOURCE]... [--dockerignore FILE] FILE...',
  );
  expect(r.out).toContain('BUILDKIT_DOCKERFILE_CHECK');
});

test('text output is file:line:column severity rule message, exit 1 on errors', () => {
  const r = cli(broken);
  expect(r.code).toBe(1);
  expect(r.out).toContain(
    `${broken}:1:1 error unknown-instruction unknown instruction: FORM (did you mean FROM?)\n`,
  );
});

test('text output says the size is an estimate and its basis, on stderr', () => {
  const go = file(
    'go.Dockerfile',
    'FROM golang:1.22 AS build\nRUN go build -o /app .\nFROM scratch\nCOPY --from=build /app /app\n',
  );
  const r = cli(go);
  expect(r.code).toBe(0);
  expect(r.out).toBe('');
  expect(r.err).toMatch(new RegExp(`^${go}: image size ≈ \\d+ MB \\(estimate, uncompressed; `));
  expect(r.err).toContain('multi-stage saves ≈');
});

test('--json with several files prints an array with a file field each', () => {
  const r = cli('--json', clean, broken);
  expect(r.code).toBe(1);
  const out = JSON.parse(r.out) as { file: string; stages: unknown[]; diagnostics: unknown[] }[];
  expect(out.map((o) => o.file)).toEqual([clean, broken]);
  expect(out[0]!.stages).toHaveLength(2);
  expect(out[1]!.diagnostics).toContainEqual(
    expect.objectContaining({ rule: 'unknown-instruction', line: 1, column: 1 }),
  );
});

test('--json with one file prints one object; --target picks the stage', () => {
  const r = cli('--json', '--target', 'BUILD', clean);
  expect(r.code).toBe(0);
  const out = JSON.parse(r.out) as { target: number; stages: { name: string | null }[] };
  expect(out.target).toBe(0);
  expect(out.stages[0]!.name).toBe('build');
});

test('a missing file or a bad option is a usage/I-O problem: exit 2 with a message', () => {
  const missing = cli(join(dir, 'nope.Dockerfile'));
  expect(missing.code).toBe(2);
  expect(missing.err).toContain('cannot read');
  expect(missing.err).toContain('nope.Dockerfile: no such file');
  const bad = cli('--frobnicate', clean);
  expect(bad.code).toBe(2);
  expect(bad.err).toContain('unknown option --frobnicate');
  expect(cli().code).toBe(2);
  expect(cli('--target').code).toBe(2);
  for (const bad of [['--build-arg'], ['--build-arg', 'NOVALUE'], ['--build-arg==x']]) {
    const r = cli(...bad, clean);
    expect(r.code).toBe(2);
    expect(r.err).toContain('--build-arg needs KEY=VALUE');
  }
  expect(cli('--build-context', 'web', clean).err).toContain('--build-context needs NAME=SOURCE');
});

// `FROM scratch as base` breaks FromAsCasing; the directive skips every check
const skipAll = file('skip-all.Dockerfile', '# check=skip=all\nFROM scratch as base\n');

test('--build-arg BUILDKIT_DOCKERFILE_CHECK=… replaces the # check= directive', () => {
  expect(cli(skipAll).out).toBe('');
  const r = cli('--build-arg', 'BUILDKIT_DOCKERFILE_CHECK=error=true', skipAll);
  expect(r.code).toBe(1);
  expect(r.out).toBe(
    `${skipAll}:2:14 error from-as-casing 'as' and 'FROM' keywords' casing do not match\n`,
  );
});

test('--build-arg is repeatable, accepts --build-arg=KEY=VALUE, and sets ARGs seen by FROM', () => {
  const f = file('args.Dockerfile', 'ARG BASE=alpine\nARG TAG\nFROM ${BASE}:${TAG}\n');
  const r = cli('--json', '--build-arg', 'BASE=debian', '--build-arg=TAG=12-slim', f);
  expect(r.code).toBe(0);
  const out = JSON.parse(r.out) as { stages: { base: string }[] };
  expect(out.stages[0]!.base).toBe('debian:12-slim');
});

test('--build-context NAME=SOURCE makes a --from of that name read the context: no error, exit 0', () => {
  const f = file('context.Dockerfile', 'FROM alpine:3.20\nCOPY --from=assets /dist /srv\n');
  const without = cli(f);
  expect(without.code).toBe(1);
  expect(without.out).toContain(`${f}:2:13 error unknown-stage-reference`);
  const r = cli('--build-context', 'assets=./web', f);
  expect(r.code).toBe(0);
  expect(r.out).toBe('');
  expect(cli('--build-context=assets=docker-image://nginx:1.27', f).code).toBe(0);
  // a FROM of that name reads it too: no advice to tag an image that is never pulled
  const base = file('context-from.Dockerfile', 'FROM node\n');
  expect(cli('--build-context', 'node=docker-image://node:22-slim', base).out).toBe('');
});

test('a reader that closes the pipe early (| head -1) gets no stack trace', () => {
  const many = file('many.Dockerfile', 'FROM alpine\n'.repeat(2000).replace(/^/, 'FORM x\n'));
  const r = spawnSync(
    'sh',
    ['-c', `"${process.execPath}" --import tsx bin/analyze.ts --json "${many}" | head -c 1`],
    { encoding: 'utf8' },
  );
  expect(r.stdout).toBe('{');
  expect(r.stderr).toBe('');
});

test('the .dockerignore beside the Dockerfile, or --dockerignore FILE, feeds CopyIgnoredFile', () => {
  const project = mkdtempSync(join(dir, 'project-'));
  const dockerfile = join(project, 'Dockerfile');
  // on by default since Dockerfile frontend 1.21: no # check=experimental= needed
  writeFileSync(dockerfile, 'FROM alpine:3.20\nCOPY secrets/key.pem /etc/\n');
  expect(cli(dockerfile).out).toBe('');

  writeFileSync(join(project, '.dockerignore'), 'secrets\n');
  expect(cli(dockerfile).out).toBe(
    `${dockerfile}:2:6 warning copy-ignored-file Attempting to Copy file "secrets/key.pem" that is excluded by .dockerignore\n`,
  );
  // <Dockerfile>.dockerignore wins over the folder's, as in docker build
  writeFileSync(`${dockerfile}.dockerignore`, '*.md\n');
  expect(cli(dockerfile).out).toBe('');
  expect(cli('--dockerignore', join(project, '.dockerignore'), dockerfile).out).toContain(
    'copy-ignored-file',
  );
  const missing = cli('--dockerignore', join(project, 'nope'), dockerfile);
  expect(missing.code).toBe(2);
  expect(missing.err).toContain('cannot read');
});

import { expect, test } from 'vitest';
import { parse } from '../parse';
import { isUnder, resolvePath, runScript, splitCommands } from './shell';

test('splits on shell operators outside quotes', () => {
  const cmds = splitCommands(
    `apt-get update && apt-get install -y "gcc" || true; echo 'a && b' | cat`,
  );
  expect(cmds.map((c) => c.words)).toEqual([
    ['apt-get', 'update'],
    ['apt-get', 'install', '-y', 'gcc'],
    ['true'],
    ['echo', 'a && b'],
    ['cat'],
  ]);
});

test('drops env assignments, sudo and comments; keeps continuations together', () => {
  const cmds = splitCommands(
    'CGO_ENABLED=0 GOOS=linux sudo go build \\\n  -o /out/app . # build it\nls',
  );
  expect(cmds[0]).toEqual({
    words: ['go', 'build', '-o', '/out/app', '.'],
    env: { CGO_ENABLED: '0', GOOS: 'linux' },
  });
  expect(cmds[1]!.words).toEqual(['ls']);
});

test('runScript reads exec form and heredoc bodies', () => {
  const f = parse('FROM alpine\nRUN ["pip", "install", "x"]\nRUN <<EOF\napk add gcc\nEOF\n');
  expect(runScript(f.instructions[1]!)).toBe('pip install x');
  expect(splitCommands(runScript(f.instructions[2]!))[0]!.words).toEqual(['apk', 'add', 'gcc']);
});

test('resolvePath and isUnder', () => {
  expect(resolvePath('out/app', '/src')).toBe('/src/out/app');
  expect(resolvePath('~/.cache/pip', '/')).toBe('/root/.cache/pip');
  expect(resolvePath('/var/lib/apt/lists/', '/x')).toBe('/var/lib/apt/lists');
  expect(resolvePath('../bin/./x', '/app/src')).toBe('/app/bin/x');
  expect(isUnder('/app/dist', '/app')).toBe(true);
  expect(isUnder('/application', '/app')).toBe(false);
  expect(isUnder('/anything', '/')).toBe(true);
});

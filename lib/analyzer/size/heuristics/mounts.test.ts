import { expect, test } from 'vitest';
import { parse } from '../../parse';
import { estimateRun } from '../run';
import { newContext } from './context';
import { uncommittedTargets } from './mounts';

const runOf = (src: string) => parse(`FROM x\n${src}`).instructions[1]!;

test('reads cache, tmpfs and bind targets; ignores secrets', () => {
  const ins = runOf(
    'RUN --mount=type=cache,target=/root/.cache/go-build --mount=type=tmpfs,dst=/tmp --mount=type=secret,id=npm,target=/run/secrets/npm --mount=target=src echo',
  );
  expect(uncommittedTargets(ins.flags, '/work')).toEqual([
    { type: 'cache', target: '/root/.cache/go-build' },
    { type: 'tmpfs', target: '/tmp' },
    { type: 'bind', target: '/work/src' },
  ]);
});

test('writes under a cache mount are not committed', () => {
  const ctx = { ...newContext(), workdir: '/src' };
  const r = estimateRun(
    runOf(
      'RUN --mount=type=cache,target=/root/.cache/go-build --mount=type=cache,target=/go/pkg/mod go build -o /out/app',
    ),
    ctx,
  );
  expect(r.parts.map((p) => p.key)).toEqual(['go:binary']);
  expect(r.notes.join(' ')).toContain(
    '--mount=type=cache,target=/root/.cache/go-build: not committed',
  );
});

test('a pip cache mount on /root/.cache swallows the pip cache', () => {
  const r = estimateRun(
    runOf('RUN --mount=type=cache,target=/root/.cache pip install -r requirements.txt'),
    newContext(),
  );
  expect(r.parts.map((p) => p.key)).toEqual(['pip:pkg:requirements']);
});

import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { analyze } from './analyze';
import { corpusDir, loadCases } from './conformance/corpus';
import { parse } from './parse';
import type { Range } from './types';

function expectSane(r: Range, lineCount: number, what: string): void {
  const ok =
    Number.isInteger(r.line) &&
    Number.isInteger(r.column) &&
    r.line >= 1 &&
    r.endLine >= r.line &&
    r.endLine <= lineCount &&
    r.column >= 1 &&
    r.endColumn >= 1 &&
    (r.endLine > r.line || r.endColumn >= r.column);
  if (!ok) expect.fail(`${what} has a bad range ${JSON.stringify(r)} (lines: ${lineCount})`);
}

/** parse() and analyze() complete, and every range they return lies inside the file. */
function check(source: string): void {
  const file = parse(source);
  const lineCount = file.lines.length;
  for (const ins of file.instructions) {
    expectSane(ins.range, lineCount, `${ins.keyword} range`);
    expectSane(ins.keywordRange, lineCount, `${ins.keyword} keyword`);
    for (const a of ins.args) expectSane(a.range, lineCount, `${ins.keyword} arg`);
    for (const f of ins.flags) expectSane(f.range, lineCount, `${ins.keyword} flag`);
    for (const h of ins.heredocs) expectSane(h.range, lineCount, `${ins.keyword} heredoc`);
  }
  const analysis = analyze(source);
  for (const d of analysis.diagnostics) expectSane(d, lineCount, `diagnostic ${d.rule}`);
  expect(analysis.diagnostics.filter((d) => d.rule === 'internal-error')).toEqual([]);
  for (const s of analysis.stages) expect(s.line).toBeGreaterThanOrEqual(1);
}

// fragments that exercise the grammar's corners more often than uniform text would
const fragment = fc.constantFrom(
  'FROM ',
  'from ',
  'AS ',
  'RUN ',
  'COPY ',
  'ADD ',
  'ONBUILD ',
  'ARG ',
  'ENV ',
  'CMD ',
  'HEALTHCHECK ',
  '--from=',
  '--mount=type=bind,from=',
  '--platform=$BUILDPLATFORM ',
  '${A:-b}',
  '$X',
  '\\',
  '`',
  '\\\n',
  '`\n',
  '\n',
  '\r\n',
  '\t',
  ' ',
  '#',
  '# escape=`\n',
  '# syntax=x\n',
  '# check=skip=all;error=true\n',
  '<<EOF',
  '<<-"EOF"',
  'EOF\n',
  '[',
  ']',
  '"',
  "'",
  ',',
  '=',
  '0',
  'build',
  'alpine:3.20',
  '\uFEFF',
  '\u00a0',
  '\uD83D\uDE00',
  '\0',
);
const dockerish = fc
  .array(fc.oneof(fragment, fc.string({ maxLength: 4 })), { maxLength: 80 })
  .map((xs) => xs.join(''));

test('arbitrary strings never break parse() or analyze()', () => {
  fc.assert(
    fc.property(fc.string({ unit: 'binary', maxLength: 300 }), (s) => check(s)),
    {
      numRuns: 300,
    },
  );
});

test('Dockerfile-like token soup never breaks parse() or analyze()', () => {
  fc.assert(
    fc.property(dockerish, (s) => check(s)),
    { numRuns: 500 },
  );
});

const dir = corpusDir();
const corpus = dir ? loadCases(dir).map((c) => readFileSync(join(dir, c.path), 'utf8')) : [];

test.skipIf(!dir)('corpus files with random mutations never break the analyzer', () => {
  const mutation = fc.record({
    at: fc.nat(),
    cut: fc.nat({ max: 20 }),
    insert: fc.oneof(fragment, fc.string({ maxLength: 6 })),
  });
  fc.assert(
    fc.property(
      fc.nat({ max: corpus.length - 1 }),
      fc.array(mutation, { maxLength: 6 }),
      (i, ms) => {
        let s = corpus[i] ?? '';
        for (const m of ms) {
          const at = s.length ? m.at % (s.length + 1) : 0;
          s = s.slice(0, at) + m.insert + s.slice(at + m.cut);
        }
        check(s);
      },
    ),
    { numRuns: 300 },
  );
});

test.skipIf(!dir)('every corpus file analyzes cleanly of internal errors', () => {
  for (const s of corpus) check(s);
});

test('a 1 MB input, deep continuations and pathological lines complete', () => {
  const base =
    'FROM alpine:3.20 AS s\nRUN apk add --no-cache curl && \\\n  echo "x" # y\nCOPY --from=s /a /b\n';
  check(base.repeat(Math.ceil(1_000_000 / base.length)));
  check('FROM alpine\nRUN a \\\n' + 'b \\\n'.repeat(100_000) + 'c\n');
  check('FROM alpine\nRUN ' + 'x'.repeat(1_000_000) + '\n');
  check('FROM alpine\nCMD ' + '['.repeat(200_000) + '\n');
  check('FROM alpine\nRUN ' + '<<EOF '.repeat(20_000) + '\n' + 'EOF\n'.repeat(100));
  check('\\\n'.repeat(200_000));
  check('#\n'.repeat(200_000));
});

test('garbage bytes decoded as text complete', () => {
  fc.assert(
    fc.property(fc.uint8Array({ maxLength: 2000 }), (bytes) => {
      check(new TextDecoder().decode(bytes));
      check(String.fromCharCode(...bytes));
    }),
    { numRuns: 200 },
  );
});

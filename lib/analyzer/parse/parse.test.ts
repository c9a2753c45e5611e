import { expect, test } from 'vitest';
import { dump } from './dump';
import { parse } from './parse';

const kw = (src: string) => parse(src).instructions.map((i) => i.keyword);

test('directives are read only at the top, case-insensitively', () => {
  const f = parse('# Syntax=docker/dockerfile:1\n#ESCAPE = `\nFROM a\n# escape=\\\n');
  expect(f.directives.map((d) => [d.name, d.value])).toEqual([
    ['syntax', 'docker/dockerfile:1'],
    ['escape', '`'],
  ]);
  expect(f.escape).toBe('`');
  expect(f.comments.map((c) => c.text)).toEqual(['escape=\\']);
});

test('a comment or blank line ends the directive block', () => {
  expect(parse('# hello\n# escape=`\nFROM a').escape).toBe('\\');
  expect(parse('\n# escape=`\nFROM a').escape).toBe('\\');
  expect(parse('# unknown=1\n# escape=`\nFROM a').escape).toBe('\\');
});

test('a repeated directive and a bad escape token are errors with BuildKit messages', () => {
  const f = parse(
    '# escape=`\n# escape=\\\n# check=skip=all\n# escape2 = x\n# syntax=a\n# escape=?\nFROM a',
  );
  expect(f.diagnostics).toEqual([
    expect.objectContaining({
      rule: 'duplicate-directive',
      message: 'only one escape parser directive can be used',
      line: 2,
      column: 1,
    }),
  ]);
  const g = parse('# escape=x\nFROM a');
  expect(g.diagnostics[0]).toMatchObject({
    rule: 'invalid-escape-directive',
    message: "invalid escape token 'x' does not match ` or \\",
    line: 1,
    column: 10,
    endColumn: 11,
  });
  expect(g.escape).toBe('\\');
});

test('continuations join lines, skipping comment and blank lines', () => {
  const f = parse('RUN a \\\n  # note\n\n  b \\\n\t\n c');
  expect(f.instructions).toHaveLength(1);
  const run = f.instructions[0]!;
  expect(run.text).toBe('a   b  c');
  expect(run.emptyContinuationLines).toEqual([3, 5]);
  expect(run.range).toMatchObject({ line: 1, column: 1, endLine: 6, endColumn: 3 });
  expect(run.args.map((a) => [a.value, a.range.line, a.range.column])).toEqual([
    ['a', 1, 5],
    ['b', 4, 3],
    ['c', 6, 2],
  ]);
  expect(f.comments.map((c) => c.range.line)).toEqual([2]);
});

test('the backtick escape continues lines and an escaped escape does not', () => {
  expect(parse('# escape=`\nRUN a `\n b\nRUN c').instructions.map((i) => i.text)).toEqual([
    'a  b',
    'c',
  ]);
  expect(parse('ENV C x\\\\\nENV D y').instructions.map((i) => i.text)).toEqual(['C x\\\\', 'D y']);
});

test('heredocs: several per line, chomp, quoted, bodies are not instructions', () => {
  const f = parse('FROM a\nRUN <<EOF cat - && 3<<-"END" x\nFROM nope\nEOF\n\tlast\n\tEND\nCMD x');
  expect(kw(f.lines.join('\n'))).toEqual(['FROM', 'RUN', 'CMD']);
  const run = f.instructions[1]!;
  expect(run.heredocs.map((h) => [h.name, h.chomp, h.expand, h.content, h.terminated])).toEqual([
    ['EOF', false, true, 'FROM nope\n', true],
    ['END', true, false, '\tlast\n', true],
  ]);
  expect(run.heredocs[0]!.range).toMatchObject({ line: 3, endLine: 4 });
  expect(run.range).toMatchObject({ line: 2, endLine: 6 });
});

test('heredocs only count for RUN, COPY and ADD in shell form, and inside ONBUILD', () => {
  expect(kw('CMD <<EOF\nFROM x\nEOF')).toEqual(['CMD', 'FROM', 'EOF']);
  expect(kw('RUN ["sh", "<<EOF"]\nFROM x')).toEqual(['RUN', 'FROM']);
  const f = parse('ONBUILD RUN <<EOF\nFROM x\nEOF\nCOPY <<A <<B /d/\na\nA\nb\nB');
  expect(f.instructions.map((i) => i.keyword)).toEqual(['ONBUILD', 'COPY']);
  expect(f.instructions[0]!.onbuild!.heredocs[0]!.content).toBe('FROM x\n');
  expect(f.instructions[1]!.heredocs.map((h) => h.content)).toEqual(['a\n', 'b\n']);
});

test('an unterminated heredoc is reported on its marker and swallows the rest', () => {
  const f = parse('FROM a\nRUN cat <<EOF\nFROM b');
  expect(f.instructions).toHaveLength(2);
  expect(f.diagnostics).toEqual([
    expect.objectContaining({ rule: 'unterminated-heredoc', line: 2, column: 9, endColumn: 14 }),
  ]);
  expect(f.instructions[1]!.heredocs[0]!.terminated).toBe(false);
});

test('JSON form with fallback to shell form, and non-string arrays', () => {
  const f = parse(`CMD ["a", "b"]\nCMD ['a']\nCMD ["a"\nENTRYPOINT [1]\nSHELL ["sh", ["x"]]`);
  expect(f.instructions.map((i) => i.json)).toEqual([['a', 'b'], null, null, null, null]);
  expect(f.diagnostics.map((d) => [d.rule, d.line, d.column])).toEqual([
    ['json-array-non-string', 4, 12],
    ['json-array-non-string', 5, 7],
  ]);
});

test('flags before arguments, with values, bare, quoted and the -- terminator', () => {
  const f = parse(
    'COPY --from=build --link --chown="a b" -- --x /d\nRUN --mount=type=cache,target=/c make',
  );
  const copy = f.instructions[0]!;
  expect(copy.flags.map((x) => [x.name, x.value])).toEqual([
    ['from', 'build'],
    ['link', null],
    ['chown', 'a b'],
  ]);
  expect(copy.flags[0]!.range).toMatchObject({ line: 1, column: 6, endColumn: 18 });
  expect(copy.flags[0]!.valueRange).toMatchObject({ column: 13, endColumn: 18 });
  expect(copy.flags[2]!.valueRange).toMatchObject({ column: 34, endColumn: 39 });
  expect(copy.args.map((a) => a.value)).toEqual(['--x', '/d']);
  expect(f.instructions[1]!.flags[0]).toMatchObject({
    name: 'mount',
    value: 'type=cache,target=/c',
  });
});

test('ONBUILD wraps an instruction with its own ranges', () => {
  const f = parse('ONBUILD  copy --from=x a b');
  const inner = f.instructions[0]!.onbuild!;
  expect(inner.keyword).toBe('COPY');
  expect(inner.keywordRaw).toBe('copy');
  expect(inner.keywordRange).toMatchObject({ line: 1, column: 10, endColumn: 14 });
  expect(inner.flags[0]!.value).toBe('x');
});

test('unknown instructions are errors with a suggestion', () => {
  const f = parse('FORM alpine\nFROBNICATE x');
  expect(f.diagnostics.map((d) => [d.rule, d.message, d.suggestion])).toEqual([
    ['unknown-instruction', 'unknown instruction: FORM (did you mean FROM?)', 'FROM'],
    ['unknown-instruction', 'unknown instruction: FROBNICATE', undefined],
  ]);
});

test('ENV and LABEL syntax errors use BuildKit messages', () => {
  const f = parse('ENV PATH\nLABEL a=b c');
  expect(f.diagnostics.map((d) => [d.message, d.line, d.column])).toEqual([
    ['ENV must have two arguments', 1, 5],
    [`Syntax error - can't find = in "c". Must be of the form: name=value`, 2, 11],
  ]);
});

test('CRLF line endings and a UTF-8 BOM parse like LF', () => {
  const f = parse('\uFEFF# escape=`\r\nFROM a `\r\n  AS b\r\nRUN x\r\n');
  expect(f.escape).toBe('`');
  expect(dump(f)).toBe('(from "a" "AS" "b")\n(run "x")');
  expect(f.instructions[0]!.range).toMatchObject({ line: 2, endLine: 3, endColumn: 7 });
});

test('dump matches the BuildKit AST format', () => {
  const f = parse(
    'FROM a\nENV x=1 y=2\nENV k v w\nONBUILD RUN ["a"]\nHEALTHCHECK --retries=3 CMD ["b"]\nFOO bar',
  );
  expect(dump(f)).toBe(
    [
      '(from "a")',
      '(env "x" "1" "=" "y" "2" "=")',
      '(env "k" "v w" "")',
      '(onbuild (run "a"))',
      '(healthcheck ["--retries=3"] "CMD" "b")',
      '(foo "")',
    ].join('\n'),
  );
});

test('never throws on odd input', () => {
  for (const s of [
    '',
    '\\',
    '`',
    '\n\n',
    'RUN \\',
    '# escape=`\n`',
    '<<EOF',
    'RUN <<',
    '\0\uD800',
    'COPY --',
  ]) {
    expect(() => parse(s)).not.toThrow();
  }
});

test('prevComments are the comments since the previous instruction, as BuildKit keeps them', () => {
  const f = parse(
    '# syntax=x\n# one\n\n# two\nFROM a\n#\n# check=skip=all\nRUN b \\\n# inside\n c\nRUN d',
  );
  expect(f.instructions.map((i) => i.prevComments)).toEqual([
    ['one', 'two'],
    ['check=skip=all'],
    undefined,
  ]);
});

test.each([
  ['RUN <<DONE\nDONE', [['DONE', '', true, false]]],
  ['RUN 3<<DONE\nDONE', [['DONE', '', true, false]]],
  ['RUN "<<DONE"', []],
  ["RUN '<<DONE'", []],
  ['RUN <<DONE\n\tx\n\ty\nDONE', [['DONE', '\tx\n\ty\n', true, false]]],
  ['RUN <<-DONE\n\tx\n\tDONE', [['DONE', '\tx\n', true, true]]],
  ["RUN <<-'DONE'\n\t$X\nDONE", [['DONE', '\t$X\n', false, true]]],
  ['RUN <<DONE\n# not a comment\nDONE', [['DONE', '# not a comment\n', true, false]]],
  ['RUN --mount=type=cache,target=/c <<DONE\nx\nDONE', [['DONE', 'x\n', true, false]]],
  [
    'COPY <<ONE <<TWO /d\nTWO\nONE\nONE\nTWO',
    [
      ['ONE', 'TWO\n', true, false],
      ['TWO', 'ONE\n', true, false],
    ],
  ],
  ['RUN <<SCRIPT python3\nprint(1)\nSCRIPT', [['SCRIPT', 'print(1)\n', true, false]]],
  ['COPY <<a.txt /d\nhi\na.txt', [['a.txt', 'hi\n', true, false]]],
  ["RUN <<do'ne'\nx\ndone", [['done', 'x\n', false, false]]],
  ["RUN <<do\\'ne\nx\ndo'ne", [["do'ne", 'x\n', true, false]]],
  ["RUN <<'a b'\nx\na b", [['a b', 'x\n', false, false]]],
  ['RUN <<$END\n$END', [['$END', '', true, false]]],
  ['RUN <<  END  > f\nEND', [['END', '', true, false]]],
  ['RUN << -END\n-END', [['-END', '', true, false]]],
  ['RUN ["<<END"]\nFROM x', []],
  ['USER <<END\nEND', []],
])('heredoc markers as BuildKit reads them: %j', (src, want) => {
  const f = parse(`FROM alpine\n${src}\n`);
  const got = f.instructions[1]!.heredocs.map((h) => [h.name, h.content, h.expand, h.chomp]);
  expect(got).toEqual(want);
});

test('non-ASCII text: Unicode spaces split words and columns count UTF-16 units', () => {
  const f = parse('COPY --chown=é:ü  dé\u00a0f\u2003“g h” /x\nRUN a\u3000b\n');
  const [copy, run] = f.instructions;
  expect(copy?.flags[0]).toMatchObject({ name: 'chown', value: 'é:ü' });
  expect(copy?.args.map((w) => [w.value, w.range.column, w.range.endColumn])).toEqual([
    ['dé', 19, 21],
    ['f', 22, 23],
    ['“g', 24, 26],
    ['h”', 27, 29],
    ['/x', 30, 32],
  ]);
  expect(run?.args.map((w) => w.value)).toEqual(['a', 'b']);
});

test('keywords are recognised in any casing, and only ASCII spellings count as known', () => {
  expect(kw('run a\nRun b\nrUN c\nFROM x')).toEqual(['RUN', 'RUN', 'RUN', 'FROM']);
  expect(parse('run a\nRun b').instructions.map((i) => i.keywordRaw)).toEqual(['run', 'Run']);
  const f = parse('FROM a\nRUNN x\nCOPYY y z');
  expect(f.diagnostics.map((d) => [d.rule, d.line, d.suggestion])).toEqual([
    ['unknown-instruction', 2, 'RUN'],
    ['unknown-instruction', 3, 'COPY'],
  ]);
});

test('lines are the source lines without terminators, as read and as JSON', () => {
  const lf = 'FROM a\nRUN <<EOF\nx\nEOF';
  const f = parse(lf);
  expect(f.lines).toEqual(['FROM a', 'RUN <<EOF', 'x', 'EOF']);
  expect(f.instructions[1]!.heredocs[0]!.content).toBe('x\n');
  expect(JSON.parse(JSON.stringify(f)).lines).toEqual(f.lines);
  expect(Object.keys(JSON.parse(JSON.stringify(f)))).toEqual([
    'directives',
    'escape',
    'instructions',
    'comments',
    'diagnostics',
    'lines',
  ]);
  const crlf = parse('FROM a\r\r\nRUN <<EOF\r\nx\r\ny\r\nEOF\r\n');
  expect(crlf.lines).toEqual(['FROM a', 'RUN <<EOF', 'x', 'y', 'EOF', '']);
  expect(crlf.instructions[1]!.heredocs[0]!.content).toBe('x\ny\n');
  // unterminated at the end of a file without a final newline: the body runs to the end
  expect(parse('RUN <<EOF\na\nb').instructions[0]!.heredocs[0]!.content).toBe('a\nb\n');
});

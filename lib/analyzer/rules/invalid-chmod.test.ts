import { expect, test } from 'vitest';
import { analyze } from '../analyze';
import { ruleTester } from '../testing/rule-tester';

const SYNTAX = 'invalid syntax (an octal mode up to 07777, or a symbolic one such as u+x,go-w)';

ruleTester('invalid-chmod', {
  valid: [
    'FROM alpine:3.20\nCOPY --chmod=0755 run.sh /usr/local/bin/\nADD --chmod=644 a.conf /etc/\n',
    'FROM alpine:3.20\nCOPY --chmod=7777 a /a\nCOPY --chmod=0 b /b\n',
    // symbolic modes, read as chmod(1) reads them (Dockerfile 1.14+)
    'FROM alpine:3.20\nCOPY --chmod=u+x,go-w a /a\nCOPY --chmod=a=rX b /b\nCOPY --chmod=u=rwx,go=u-w c /c\nCOPY --chmod=+x d /d\nCOPY --chmod=go= e /e\n',
    // a variable is expanded when the stage is built; an empty value sets no mode
    'FROM alpine:3.20\nARG MODE=755\nCOPY --chmod=$MODE a /a\nCOPY --chmod= b /b\n',
    // other flags and instructions are no concern of this rule
    'FROM alpine:3.20\nRUN chmod 999 /x\nCOPY --chown=999 a /a\n',
  ],
  invalid: [
    {
      name: 'in a stage the default build skips: dispatchCopy never parses it, so a warning',
      code: 'FROM alpine:3.20 AS tools\nCOPY --chmod=10000 foo /\nFROM alpine:3.20\n',
      errors: [{ line: 2, column: 14, endColumn: 19, severity: 'warning' }],
    },
    {
      name: 'an octal mode above 07777, BuildKit message',
      code: 'FROM alpine:3.20\nCOPY --chmod=10000 foo /\n',
      errors: [
        {
          line: 2,
          column: 14,
          endColumn: 19,
          message:
            "invalid chmod parameter: '10000'. it should be octal string and between 0 and 07777",
          severity: 'error',
        },
      ],
    },
    {
      name: 'digits that are not octal, or a number with letters',
      code: 'FROM alpine:3.20\nCOPY --chmod=789 a /a\nADD --chmod=64a b /b\n',
      errors: [
        {
          line: 2,
          column: 14,
          message:
            "invalid chmod parameter: '789'. it should be octal string and between 0 and 07777",
        },
        {
          line: 3,
          column: 13,
          message:
            "invalid chmod parameter: '64a'. it should be octal string and between 0 and 07777",
        },
      ],
    },
    {
      name: 'symbolic modes chmod would not read',
      code: 'FROM alpine:3.20\nCOPY --chmod=rwxr-xr-x a /a\nCOPY --chmod=u+q b /b\nCOPY --chmod=u+x, c /c\nCOPY --chmod=u d /d\n',
      errors: [
        {
          line: 2,
          column: 14,
          message: `invalid chmod parameter: 'rwxr-xr-x': ${SYNTAX}`,
        },
        {
          line: 3,
          column: 14,
          message: `invalid chmod parameter: 'u+q': ${SYNTAX}`,
        },
        {
          line: 4,
          column: 14,
          message: `invalid chmod parameter: 'u+x,': ${SYNTAX}`,
        },
        {
          line: 5,
          column: 14,
          message: `invalid chmod parameter: 'u': ${SYNTAX}`,
        },
      ],
    },
  ],
});

test('a mode copied from ls -l gets its octal spelling as the fix', () => {
  const { diagnostics } = analyze(
    'FROM alpine:3.20\nCOPY --chmod=rwxr-sr-x a /a\nCOPY --chmod=-rw-r--r-T b /b\nCOPY --chmod=u+q c /c\n',
  );
  const found = diagnostics.filter((d) => d.rule === 'invalid-chmod');
  expect(found.map((d) => [d.line, d.suggestion, d.fix])).toEqual([
    [2, '02755', { line: 2, column: 14, endLine: 2, endColumn: 23, text: '02755' }],
    [3, '01644', { line: 3, column: 14, endLine: 3, endColumn: 24, text: '01644' }],
    [4, undefined, undefined],
  ]);
});

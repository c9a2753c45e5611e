import { expect, test } from 'vitest';
import { analyze } from '../analyze';
import { ruleTester } from '../testing/rule-tester';

const SHA = '24454f830cdb571e2c4ad15481119c43b3cafd48dd869a9b2945d1036d1dc68d';

ruleTester('invalid-add-checksum', {
  valid: [
    `FROM alpine:3.20\nADD --checksum=sha256:${SHA} https://example.com/tool.tar.gz /opt/\n`,
    // a git checkout is verified by its commit
    'FROM alpine:3.20\nADD --checksum=be1f38e https://github.com/moby/buildkit.git#v0.20.0 /src\n',
    'FROM alpine:3.20\nADD --checksum=be1f38e git@github.com:moby/buildkit.git /src\n',
    // variables are expanded when the stage is built; an empty value asks for no check
    'FROM alpine:3.20\nARG SUM\nADD --checksum=$SUM https://example.com/t.tgz /opt/\nADD --checksum= a b /c/\n',
    // JSON form, one source
    `FROM alpine:3.20\nADD --checksum=sha512:${SHA}${SHA} ["https://example.com/t", "/t"]\n`,
  ],
  invalid: [
    {
      name: 'several sources',
      code: `FROM alpine:3.20\nADD --checksum=sha256:${SHA} https://a.example/x https://b.example/y /opt/\n`,
      errors: [
        {
          line: 2,
          column: 16,
          endColumn: 87,
          message: "checksum can't be specified for multiple sources",
          severity: 'error',
        },
      ],
    },
    {
      name: 'a local source',
      code: `FROM alpine:3.20\nADD --checksum=sha256:${SHA} tool.tar.gz /opt/\n`,
      errors: [{ line: 2, column: 16, message: 'checksum requires HTTP(S) or Git sources' }],
    },
    {
      name: 'values go-digest cannot read',
      code: [
        'FROM alpine:3.20',
        `ADD --checksum=${SHA} https://example.com/a /a`,
        'ADD --checksum=sha256:abc https://example.com/b /b',
        `ADD --checksum=md5:${SHA.slice(0, 32)} https://example.com/c /c`,
        `ADD --checksum=sha256:${SHA.toUpperCase()} https://example.com/d /d`,
      ].join('\n'),
      errors: [
        { line: 2, column: 16, message: 'invalid checksum digest format' },
        { line: 3, column: 16, message: 'invalid checksum digest length' },
        { line: 4, column: 16, message: 'unsupported digest algorithm' },
        { line: 5, column: 16, message: 'invalid checksum digest format' },
      ],
    },
  ],
});

test('a bare sha256sum hex gets its algorithm as the fix', () => {
  const { diagnostics } = analyze(
    `FROM alpine:3.20\nADD --checksum=${SHA} https://example.com/t /t\nADD --checksum=abc https://example.com/u /u\n`,
  );
  const found = diagnostics.filter((d) => d.rule === 'invalid-add-checksum');
  expect(found.map((d) => [d.line, d.suggestion, d.fix])).toEqual([
    [2, `sha256:${SHA}`, { line: 2, column: 16, endLine: 2, endColumn: 80, text: `sha256:${SHA}` }],
    [3, undefined, undefined],
  ]);
});

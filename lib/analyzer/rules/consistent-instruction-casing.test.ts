import { ruleTester } from '../testing/rule-tester';

const msg = (cmd: string, casing: string) =>
  `Command '${cmd}' should match the case of the command majority (${casing})`;

ruleTester('consistent-instruction-casing', {
  valid: [
    'FROM scratch\nCOPY Dockerfile /foo\nCOPY Dockerfile /bar\n',
    'from scratch\ncopy Dockerfile /foo\n',
    // ARGs before the first FROM are not counted, as in BuildKit.
    'arg V=1\nARG W=2\nFROM scratch\n',
  ],
  invalid: [
    {
      code: '\n# note\n#\nFrom scratch as base\nFROM scratch AS base2\n',
      errors: [{ line: 4, column: 1, endColumn: 5, message: msg('From', 'uppercase') }],
    },
    {
      code: '\nfrom scratch\n# majority lowercase\nCOPY Dockerfile /foo\ncopy Dockerfile /bar\n',
      errors: [{ line: 4, column: 1, message: msg('COPY', 'lowercase') }],
    },
    {
      name: 'a tie counts as uppercase',
      code: 'from scratch\nCOPY a /a\n',
      errors: [{ line: 1, column: 1, message: msg('from', 'uppercase') }],
    },
    {
      name: 'mixed-case keywords count for neither side',
      code: '\n#\n#\nfrOM scratch as base\nfrom scratch as base2\n',
      errors: [{ line: 4, column: 1, message: msg('frOM', 'lowercase') }],
    },
  ],
});

import { ruleTester } from '../testing/rule-tester';

const msg = (k: string) =>
  `"${k} key=value" should be used instead of legacy "${k} key value" format`;

ruleTester('legacy-key-value-format', {
  valid: [
    'FROM scratch\nENV testkey=value\nLABEL key=value\n',
    'FROM alpine\nENV DEPS="\\\n    curl \\\n    git"\n',
    // BuildKit reads `ARG foo bar` as two ARGs, not as a legacy pair.
    'FROM alpine\nARG foo bar\n',
  ],
  invalid: [
    {
      code: '\nFROM scratch\nENV testkey value\nLABEL key value\n',
      errors: [
        { line: 3, column: 1, endColumn: 4, message: msg('ENV') },
        { line: 4, column: 1, endColumn: 6, message: msg('LABEL') },
      ],
    },
    {
      name: 'the keyword is quoted as written',
      code: 'from alpine\nenv A b c\n',
      errors: [{ line: 2, column: 1, message: msg('env') }],
    },
    {
      name: 'a value spread over continuation lines',
      code: 'FROM alpine\nENV DEPS \\\n    curl \\\n    git\n',
      errors: [{ line: 2, column: 1 }],
    },
  ],
});

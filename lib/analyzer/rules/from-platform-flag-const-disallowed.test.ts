import { ruleTester } from '../testing/rule-tester';

ruleTester('from-platform-flag-const-disallowed', {
  valid: [
    'FROM --platform=linux/amd64 scratch AS my_amd64_stage\n',
    'FROM --platform=linux/amd64 scratch AS linux\n',
    'FROM --platform=${BUILDPLATFORM} alpine AS base\n',
    'FROM alpine AS base\n',
  ],
  invalid: [
    {
      code: '\nFROM --platform=linux/amd64 scratch\n',
      errors: [
        {
          line: 2,
          column: 17,
          endColumn: 28,
          message: 'FROM --platform flag should not use constant value "linux/amd64"',
        },
      ],
    },
    {
      code: 'FROM --platform=linux/arm64 alpine AS base\n',
      errors: [{ line: 1, column: 17 }],
    },
  ],
});

import { ruleTester } from '../testing/rule-tester';

ruleTester('from-as-casing', {
  valid: [
    'FROM debian:12 AS deb-builder\n',
    'from debian:12 as deb-builder\n',
    // mixed-case keywords are ConsistentInstructionCasing's concern
    'From debian:12 as x\n',
  ],
  invalid: [
    {
      code: 'FROM debian:latest as builder',
      errors: [
        {
          line: 1,
          column: 20,
          endColumn: 22,
          message: "'as' and 'FROM' keywords' casing do not match",
          suggestion: 'AS',
        },
      ],
    },
    {
      code: 'from scratch AS base\n',
      errors: [{ line: 1, column: 14, message: "'AS' and 'from' keywords' casing do not match" }],
    },
  ],
});

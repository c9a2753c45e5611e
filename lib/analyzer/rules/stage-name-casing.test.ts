import { ruleTester } from '../testing/rule-tester';

ruleTester('stage-name-casing', {
  valid: ['FROM alpine:3.20 AS builder-base\n', 'FROM alpine:3.20\n'],
  invalid: [
    {
      code: 'FROM alpine AS BuilderBase',
      errors: [
        {
          line: 1,
          column: 16,
          endColumn: 27,
          message: "Stage name 'BuilderBase' should be lowercase",
          suggestion: 'builderbase',
        },
      ],
    },
  ],
});

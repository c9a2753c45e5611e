import { ruleTester } from '../testing/rule-tester';

ruleTester('reserved-stage-name', {
  valid: ['FROM scratch\nFROM scratch AS a\n'],
  invalid: [
    {
      code: '\nFROM scratch AS scratch\nFROM scratch AS context\n',
      errors: [
        {
          line: 2,
          column: 17,
          message: 'Stage name should not use the same name as reserved stage "scratch"',
        },
        {
          line: 3,
          column: 17,
          message: 'Stage name should not use the same name as reserved stage "context"',
        },
      ],
    },
    { name: 'any case', code: 'FROM alpine:3.20 AS Scratch\n', errors: [{ line: 1, column: 21 }] },
  ],
});

import { ruleTester } from '../testing/rule-tester';

ruleTester('invalid-stage-name', {
  valid: ['FROM node:20 AS setup', 'FROM node:20 AS a_lpi-n.e99', 'FROM node:20 AS Build'],
  invalid: [
    {
      code: 'FROM node:20 AS 1s',
      errors: [
        {
          line: 1,
          column: 17,
          endColumn: 19,
          message:
            'invalid name for build stage: "1s", name can\'t start with a number or contain symbols',
        },
      ],
    },
    { code: 'FROM node:20 AS _s', errors: [{ line: 1, column: 17 }] },
    { code: 'FROM node:20 AS a_lpi-n.e,99', errors: [{ line: 1, column: 17, endColumn: 29 }] },
  ],
});

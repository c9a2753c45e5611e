import { ruleTester } from '../testing/rule-tester';

const MESSAGE = 'FROM requires either one or three arguments';

ruleTester('invalid-from', {
  valid: [
    'FROM node:20',
    'FROM node:20 AS setup',
    'FROM node:20 aS setup',
    'FROM node \\\n AS setup',
  ],
  invalid: [
    {
      name: 'AS without a name',
      code: 'FROM node AS',
      errors: [{ line: 1, column: 11, endColumn: 13, message: MESSAGE }],
    },
    {
      name: 'a name without AS',
      code: 'FROM node test',
      errors: [{ line: 1, column: 11, endColumn: 15, message: MESSAGE }],
    },
    {
      name: 'too many words',
      code: 'FROM node AS setup again',
      errors: [{ line: 1, column: 20, endColumn: 25, message: MESSAGE }],
    },
    {
      name: 'extra words on a continuation line',
      code: 'FROM node As \\\nsetup two',
      errors: [{ line: 2, column: 7, endLine: 2, endColumn: 10 }],
    },
    {
      name: 'misspelt AS, with a fix',
      code: 'FROM node A$ setup',
      errors: [{ line: 1, column: 11, endColumn: 13, message: MESSAGE, suggestion: 'AS' }],
    },
    { name: 'no base at all', code: 'FROM\n', errors: [{ line: 1, column: 1, endColumn: 5 }] },
  ],
});

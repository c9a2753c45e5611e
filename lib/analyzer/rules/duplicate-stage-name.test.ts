import { ruleTester } from '../testing/rule-tester';

ruleTester('duplicate-stage-name', {
  valid: ['FROM scratch AS b1\nFROM scratch AS b2\n', 'FROM scratch\nFROM scratch\n'],
  invalid: [
    {
      name: 'BuildKit testDuplicateStageName',
      code: '\nFROM scratch AS b\nFROM scratch AS b\n',
      errors: [
        {
          line: 3,
          column: 17,
          endColumn: 18,
          message: 'Duplicate stage name "b", stage names should be unique',
        },
      ],
    },
    {
      name: 'compared lowercased, reported lowercased',
      code: 'FROM node:20 AS SETUP\nFROM node:20 AS seTUp\n',
      errors: [
        {
          line: 2,
          column: 17,
          message: 'Duplicate stage name "setup", stage names should be unique',
        },
      ],
    },
    {
      name: 'name on a continuation line: reported at the FROM line',
      code: 'FROM node \\\nAS setup\nFROM node \\\nAS setup',
      errors: [{ line: 3, column: 1 }],
    },
  ],
});

import { ruleTester } from '../testing/rule-tester';

const MESSAGE = 'Maintainer instruction is deprecated in favor of using label';

ruleTester('maintainer-deprecated', {
  valid: [
    'FROM scratch\nLABEL org.opencontainers.image.authors="me@example.org"\n',
    'FROM alpine\nRUN echo MAINTAINER\n',
  ],
  invalid: [
    {
      code: '\nFROM scratch\nMAINTAINER me@example.org\n',
      errors: [
        {
          line: 3,
          column: 1,
          endColumn: 11,
          message: MESSAGE,
        },
      ],
    },
    {
      name: 'before the first FROM, as BuildKit reports it while parsing',
      code: 'MAINTAINER moby@example.com\nFROM alpine\n',
      errors: [{ line: 1, column: 1, message: MESSAGE }],
    },
    {
      name: 'lowercase keyword',
      code: 'from alpine\nmaintainer Jane Doe <jane@example.org>\n',
      errors: [{ line: 2, column: 1 }],
    },
  ],
});

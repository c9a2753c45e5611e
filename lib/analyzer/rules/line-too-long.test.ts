import { ruleTester } from '../testing/rule-tester';

const long = (n: number) => 'x'.repeat(n);

ruleTester('line-too-long', {
  valid: [
    { name: '65535 bytes', code: `FROM alpine\nRUN ${long(65535 - 4)}\n` },
    // a continuation joins lines; only each physical line counts
    { name: 'two 40000-byte lines', code: `FROM alpine\nRUN ${long(40000)} \\\n${long(40000)}\n` },
  ],
  invalid: [
    {
      name: '65536 bytes',
      code: `FROM alpine\nRUN ${long(65536 - 4)}\n`,
      errors: [
        {
          line: 2,
          column: 1,
          endColumn: 65537,
          message: 'dockerfile line greater than max allowed size of 65535',
        },
      ],
    },
    {
      name: 'multi-byte characters count as UTF-8 bytes',
      code: `FROM alpine\nRUN ${'é'.repeat(33000)}\n`,
      errors: [{ line: 2, column: 1 }],
    },
  ],
});

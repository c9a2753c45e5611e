import { ruleTester } from '../testing/rule-tester';

const src = 'FROM scratch AS foo\nENV FOO=bar\nFROM foo\nCOPY --from=foo f1 /\n';

ruleTester('unknown-target', {
  valid: [
    src,
    { code: src, options: { target: 'Foo' } },
    { code: src, options: { target: 'FOO' } },
  ],
  invalid: [
    {
      code: src,
      options: { target: 'nosuch' },
      errors: [{ line: 3, column: 1, message: 'target stage "nosuch" could not be found' }],
    },
    {
      name: 'with a suggestion',
      code: src,
      options: { target: 'fo' },
      errors: [
        {
          line: 3,
          column: 1,
          message: 'target stage "fo" could not be found (did you mean foo?)',
          suggestion: 'foo',
        },
      ],
    },
  ],
});

import { ruleTester } from '../testing/rule-tester';

ruleTester('unknown-instruction', {
  valid: [
    'FROM alpine\nRUN true\n',
    'from alpine\nhealthcheck none\nstopsignal SIGTERM\n',
    // ONBUILD triggers are only checked when a child image runs them
    'FROM alpine\nONBUILD FOO bar\n',
    // heredoc bodies are not instructions
    'FROM alpine\nRUN <<EOF\nFORM x\nEOF\n',
  ],
  invalid: [
    {
      code: 'FORM alpine\n',
      errors: [
        {
          line: 1,
          column: 1,
          endColumn: 5,
          message: 'unknown instruction: FORM (did you mean FROM?)',
          suggestion: 'FROM',
        },
      ],
    },
    {
      code: 'FROM alpine\n  cpoy a b\n',
      errors: [
        {
          line: 2,
          column: 3,
          endColumn: 7,
          suggestion: 'copy',
          message: 'unknown instruction: cpoy (did you mean copy?)',
        },
      ],
    },
    {
      code: 'FROM alpine\nINSTALL curl\n',
      errors: [{ line: 2, column: 1, message: 'unknown instruction: INSTALL' }],
    },
  ],
});

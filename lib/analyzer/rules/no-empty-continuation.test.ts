import { ruleTester } from '../testing/rule-tester';

ruleTester('no-empty-continuation', {
  valid: [
    'FROM scratch\nCOPY Dockerfile \\\n.\n',
    'FROM alpine\nEXPOSE \\\n# Port\n80\n',
    // Blank lines in a heredoc body are content, not continuation lines.
    'FROM alpine\nRUN <<EOF\necho a\n\necho b\nEOF\n',
    'FROM alpine\n\nRUN echo a\n\n',
  ],
  invalid: [
    {
      name: 'reported on the last line of the instruction, as BuildKit does',
      code: '\nFROM scratch\n# warning: empty continuation line\nCOPY Dockerfile \\\n\n.\nCOPY Dockerfile \\\n.\n',
      errors: [{ line: 6, column: 1, endColumn: 2, message: 'Empty continuation line' }],
    },
    {
      name: 'once per instruction',
      code: 'FROM alpine\nRUN a \\\n\n  && b \\\n   \n  && c\n',
      errors: [{ line: 6, column: 1 }],
    },
    {
      name: 'before the first FROM too (the parser warns)',
      code: 'ARG A=1 \\\n\n  B=2\nFROM alpine\n',
      errors: [{ line: 3, column: 1 }],
    },
  ],
});

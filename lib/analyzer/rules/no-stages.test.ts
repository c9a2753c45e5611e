import { ruleTester } from '../testing/rule-tester';

ruleTester('no-stages', {
  valid: [
    'FROM alpine:3.20\n',
    // these fail for other reasons, reported by their own rules
    '',
    '# only a comment\n',
    'RUN echo\n',
  ],
  invalid: [
    {
      name: 'only ARGs (BuildKit testEmptyStages)',
      code: 'ARG foo=bar\n',
      errors: [
        { line: 1, column: 1, endColumn: 4, message: 'dockerfile contains no stages to build' },
      ],
    },
  ],
});

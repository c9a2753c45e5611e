import { ruleTester } from '../testing/rule-tester';

ruleTester('stage-index-out-of-range', {
  valid: [
    'FROM scratch AS build\nFROM node:20\nCOPY --from=0 foo .\n',
    // mounts have no index lookup: from=7 is an image name
    'FROM scratch\nRUN --mount=from=7,target=/x ls\n',
  ],
  invalid: [
    {
      name: 'in a stage the default build skips, still an error: every --from is resolved first',
      code: 'FROM alpine:3.20 AS tools\nCOPY --from=9 /a /a\nFROM alpine:3.20\n',
      errors: [{ line: 2, column: 13, endColumn: 14, severity: 'error' }],
    },
    {
      code: 'FROM alpine:3.20\nCOPY --from=3 /a /a\n',
      errors: [{ line: 2, column: 13, endColumn: 14, message: 'invalid stage index 3' }],
    },
    {
      name: 'negative',
      code: 'FROM alpine:3.20\nCOPY --from=-1 /a /a\n',
      errors: [{ line: 2, column: 13, message: 'invalid stage index -1' }],
    },
    {
      name: 'before any FROM (hadolint DL3022)',
      code: 'COPY --from=0 bar .\n',
      errors: [{ line: 1, column: 13, message: 'invalid stage index 0' }],
    },
  ],
});

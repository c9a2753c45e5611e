import { ruleTester } from '../testing/rule-tester';

ruleTester('invalid-image-reference', {
  valid: [
    'FROM alpine:3.20\n',
    'FROM ghcr.io/Owner/img:1\n'.replace('Owner', 'owner'),
    'FROM localhost:5000/app@sha256:7959ed6f7e35f8b1aaa06d1d8259d4ee25aa85a086d5c125480c333183f9deeb\n',
    // a stage name in the wrong case is unknown-stage-reference's to explain
    'FROM alpine:3.20 AS test\nFROM TEST\n',
    // a build arg that fills the tag makes the name whole
    { code: 'ARG TAG\nFROM busybox:${TAG}\n', options: { buildArgs: { TAG: '1.36' } } },
  ],
  invalid: [
    {
      name: 'an unset ARG leaves `busybox:`, which BuildKit cannot parse (not only a warning)',
      code: 'ARG TAG\nFROM busybox:${TAG}\n',
      errors: [
        {
          line: 2,
          column: 6,
          endColumn: 20,
          severity: 'error',
          message: 'failed to parse stage name "busybox:": invalid reference format',
        },
      ],
    },
    {
      name: 'in a stage the default build skips, still an error: every base name is parsed',
      code: 'FROM golang:${UNSET} AS tools\nFROM alpine:3.20\n',
      errors: [
        {
          line: 1,
          column: 6,
          endColumn: 21,
          severity: 'error',
          message: 'failed to parse stage name "golang:": invalid reference format',
        },
      ],
    },
    {
      name: 'a --from image name in a skipped stage is parsed all the same',
      code: 'FROM alpine:3.20 AS tools\nCOPY --from=^abc . .\nFROM alpine:3.20\n',
      errors: [{ line: 2, column: 13, endColumn: 17, severity: 'error' }],
    },
    {
      name: 'capitals in a repository name',
      code: 'FROM Ubuntu:24.04\n',
      errors: [
        {
          line: 1,
          column: 6,
          endColumn: 18,
          message:
            'failed to parse stage name "Ubuntu:24.04": invalid reference format: repository name (library/Ubuntu) must be lowercase',
        },
      ],
    },
    {
      name: 'a --from that is no valid name',
      code: 'FROM alpine:3.20\nCOPY --from=^abc . .\n',
      errors: [
        {
          line: 2,
          column: 13,
          endColumn: 17,
          message: 'failed to parse stage name "^abc": invalid reference format',
        },
      ],
    },
  ],
});

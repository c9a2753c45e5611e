import { ruleTester } from '../testing/rule-tester';

ruleTester('latest-base-image', {
  valid: [
    {
      name: 'a --build-context named like the image is read, nothing is pulled',
      code: 'FROM debian:latest\n',
      options: { buildContexts: { debian: 'docker-image://debian:12-slim' } },
    },
    'FROM debian:jessie\n',
    'FROM debian\n',
    'FROM hub.docker.io/debian:latest@sha256:7959ed6f7e35f8b1aaa06d1d8259d4ee25aa85a086d5c125480c333183f9deeb\n',
  ],
  invalid: [
    {
      code: 'FROM debian:latest\n',
      errors: [
        {
          line: 1,
          column: 6,
          endColumn: 19,
          message:
            'Base image debian:latest uses the latest tag, which changes whenever a new release is pushed; name a version tag',
        },
      ],
    },
    { code: 'FROM debian:latest AS builder\n', errors: [{ line: 1, column: 6 }] },
  ],
});

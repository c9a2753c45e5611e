import { ruleTester } from '../testing/rule-tester';

ruleTester('redundant-target-platform', {
  valid: [
    'FROM alpine AS builder\n',
    'FROM --platform=$BUILDPLATFORM alpine:3.20\n',
    '# check=skip=RedundantTargetPlatform\nFROM --platform=$TARGETPLATFORM scratch\n',
  ],
  invalid: [
    {
      code: '\nFROM --platform=$TARGETPLATFORM scratch\n',
      errors: [
        {
          line: 2,
          column: 6,
          endColumn: 32,
          message:
            'Setting platform to predefined $TARGETPLATFORM in FROM is redundant as this is the default behavior',
        },
      ],
    },
    {
      code: '\nFROM --platform=${TARGETPLATFORM} scratch\n',
      errors: [
        {
          line: 2,
          column: 6,
          message:
            'Setting platform to predefined ${TARGETPLATFORM} in FROM is redundant as this is the default behavior',
        },
      ],
    },
  ],
});

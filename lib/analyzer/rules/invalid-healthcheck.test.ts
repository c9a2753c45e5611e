import { ruleTester } from '../testing/rule-tester';

ruleTester('invalid-healthcheck', {
  valid: [
    'FROM alpine:3.20\nHEALTHCHECK --interval=1m30s --timeout=1.5s --start-period=0 --retries=0 CMD wget -q localhost\n',
    'FROM alpine:3.20\nHEALTHCHECK NONE\n',
    'FROM alpine:3.20\nhealthcheck cmd ["true"]\n',
    // zero means "inherit the default", and is allowed in any unit
    'FROM alpine:3.20\nHEALTHCHECK --interval=0s --timeout=-0 CMD true\n',
  ],
  invalid: [
    {
      name: 'no type, no command',
      code: 'FROM alpine:3.20\nHEALTHCHECK\nHEALTHCHECK CMD\nHEALTHCHECK CMD []\n',
      errors: [
        { line: 2, column: 1, message: 'HEALTHCHECK requires at least one argument' },
        { line: 3, column: 13, message: 'Missing command after HEALTHCHECK CMD' },
        { line: 4, column: 13, message: 'Missing command after HEALTHCHECK CMD' },
      ],
    },
    {
      name: 'an unknown type, NONE with arguments',
      code: 'FROM alpine:3.20\nHEALTHCHECK connect TCP 7000\nHEALTHCHECK NONE CMD true\n',
      errors: [
        {
          line: 2,
          column: 13,
          endColumn: 20,
          message: 'Unknown type "CONNECT" in HEALTHCHECK (try CMD)',
          severity: 'error',
        },
        { line: 3, column: 13, message: 'HEALTHCHECK NONE takes no arguments' },
      ],
    },
    {
      name: 'durations Go cannot read, or below 1ms',
      code: 'FROM alpine:3.20\nHEALTHCHECK --interval=30 CMD true\nHEALTHCHECK --timeout=5sec CMD true\nHEALTHCHECK --start-period=abc CMD true\nHEALTHCHECK --start-interval=10us CMD true\nHEALTHCHECK --interval=5constructor CMD true\n',
      errors: [
        { line: 2, column: 24, endColumn: 26, message: 'time: missing unit in duration "30"' },
        { line: 3, column: 23, message: 'time: unknown unit "sec" in duration "5sec"' },
        { line: 4, column: 28, message: 'time: invalid duration "abc"' },
        { line: 5, column: 30, message: 'Interval "start-interval" cannot be less than 1ms' },
        // a unit name Object's prototype happens to hold is still no unit
        {
          line: 6,
          column: 24,
          message: 'time: unknown unit "constructor" in duration "5constructor"',
        },
      ],
    },
    {
      name: 'retries that are no integer, or negative',
      code: 'FROM alpine:3.20\nHEALTHCHECK --retries=three CMD true\nHEALTHCHECK --retries=-1 CMD true\n',
      errors: [
        { line: 2, column: 23, message: 'strconv.ParseInt: parsing "three": invalid syntax' },
        { line: 3, column: 23, message: '--retries cannot be negative (-1)' },
      ],
    },
  ],
});

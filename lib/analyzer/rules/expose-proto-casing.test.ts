import { ruleTester } from '../testing/rule-tester';

ruleTester('expose-proto-casing', {
  valid: [
    'FROM alpine\nEXPOSE 80/tcp 53/udp 8080\n',
    'FROM alpine\nEXPOSE $PORT/TCP\n',
    // BuildKit fails on an unknown protocol before checking the casing.
    'FROM alpine\nEXPOSE 80/HTTP\n',
  ],
  invalid: [
    {
      code: '\nFROM scratch\nEXPOSE 80/TcP 8080/TCP 8080/udp\n',
      errors: [
        {
          line: 3,
          column: 8,
          endColumn: 14,
          message: "Defined protocol '80/TcP' in EXPOSE instruction should be lowercase",
        },
        {
          line: 3,
          column: 15,
          endColumn: 23,
          message: "Defined protocol '8080/TCP' in EXPOSE instruction should be lowercase",
        },
      ],
    },
    {
      name: 'checks stop at a port BuildKit rejects',
      code: 'FROM alpine\nEXPOSE 80/UDP /tcp 90/TCP\n',
      errors: [{ line: 2, column: 8 }],
    },
  ],
});

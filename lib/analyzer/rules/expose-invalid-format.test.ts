import { ruleTester } from '../testing/rule-tester';

const msg = (p: string) =>
  `EXPOSE instruction should not define an IP address or host-port mapping, found '${p}'`;

ruleTester('expose-invalid-format', {
  valid: ['FROM alpine\nEXPOSE 80\n', 'FROM alpine\nEXPOSE 8000-8010/udp\n'],
  invalid: [
    {
      code: '\nFROM scratch\nEXPOSE 127.0.0.1:80:80 [::1]:8080:8080 5000:5000 8000\n',
      errors: [
        { line: 3, column: 8, endColumn: 23, message: msg('127.0.0.1:80:80') },
        { line: 3, column: 24, endColumn: 39, message: msg('[::1]:8080:8080') },
        { line: 3, column: 40, endColumn: 49, message: msg('5000:5000') },
      ],
    },
    {
      name: 'a quoted mapping is still a mapping',
      code: 'FROM alpine\nEXPOSE "80:80/udp"\n',
      errors: [{ line: 2, column: 8, message: msg('80:80/udp') }],
    },
  ],
});

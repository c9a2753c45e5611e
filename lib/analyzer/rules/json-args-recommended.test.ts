import { ruleTester } from '../testing/rule-tester';

const msg = (k: string) =>
  `JSON arguments recommended for ${k} to prevent unintended behavior related to OS signals`;

ruleTester('json-args-recommended', {
  valid: [
    'FROM alpine\nENTRYPOINT ["my-program", "start"]\n',
    'FROM scratch\nSHELL ["/usr/bin/customshell"]\nCMD mycommand\n',
    'FROM alpine\nRUN apk add bash\nSHELL ["/bin/bash", "-c"]\nENTRYPOINT echo "hello world"\n',
    // SHELL set in the base stage carries over, as the image config does.
    'FROM scratch AS base\nSHELL ["/usr/bin/customshell"]\n\nFROM base\nENTRYPOINT mycommand\n',
    'FROM alpine\nRUN echo shell form RUN is fine\n',
  ],
  invalid: [
    {
      code: '\nFROM scratch\nCMD mycommand\n',
      errors: [{ line: 3, column: 1, endColumn: 4, message: msg('CMD') }],
    },
    {
      code: '\nFROM scratch\nENTRYPOINT mycommand\n',
      errors: [{ line: 3, column: 1, endColumn: 11, message: msg('ENTRYPOINT') }],
    },
    {
      name: 'SHELL in an unrelated stage does not count',
      code: 'FROM alpine AS a\nSHELL ["/bin/bash", "-c"]\nFROM alpine\ncmd ./run.sh\n',
      errors: [{ line: 4, column: 1, message: msg('cmd') }],
    },
    {
      name: 'SHELL after the CMD comes too late',
      code: 'FROM alpine\nCMD ./run.sh\nSHELL ["/bin/bash", "-c"]\n',
      errors: [{ line: 2, column: 1 }],
    },
  ],
});

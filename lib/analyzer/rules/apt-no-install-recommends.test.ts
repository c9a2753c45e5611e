import { ruleTester } from '../testing/rule-tester';

ruleTester('apt-no-install-recommends', {
  valid: [
    'FROM debian\nRUN apt-get install --no-install-recommends python\n',
    'FROM debian\nRUN apt-get -o APT::Install-Recommends=false install python\n',
    'FROM debian\nRUN apt-get update\n',
    'FROM debian AS build\nRUN apt-get install gcc\nFROM scratch\nCOPY --from=build /x /x\n',
  ],
  invalid: [
    {
      code: 'FROM debian\nRUN <<EOT\napt-get update\napt-get install -y curl\nEOT\n',
      errors: [{ line: 2, column: 1, endColumn: 4 }],
    },
    {
      code: 'FROM debian\nRUN apt-get install python\n',
      errors: [{ line: 2, column: 5, endColumn: 20, severity: 'info' }],
    },
    {
      code: 'FROM debian\nRUN apt-get -y install python\n',
      errors: [{ line: 2, column: 5, endColumn: 23 }],
    },
    {
      name: 'each apt-get install in the RUN',
      code: 'FROM debian\nRUN apt-get update && \\\n    sudo apt-get install -y a; apt-get install b\n',
      errors: [
        { line: 3, column: 10 },
        { line: 3, column: 32 },
      ],
    },
  ],
});

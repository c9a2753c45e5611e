import { ruleTester } from '../testing/rule-tester';

const ON = '# check=experimental=CopyIgnoredFile\n';
const IGNORE = { dockerignore: 'Dockerfile\n*.md\n!README.md\nsecrets/\n' };

ruleTester('copy-ignored-file', {
  valid: [
    // an experimental check: off unless the directive asks for it
    { code: 'FROM scratch\nCOPY Dockerfile .\n', options: IGNORE },
    // no .dockerignore given: nothing is known to be excluded
    { code: `${ON}FROM scratch\nCOPY Dockerfile .\n` },
    {
      name: 'paths the file keeps, re-includes, or that come from elsewhere',
      code: `${ON}FROM alpine:3.20 AS base\nCOPY README.md main.go /src/\nCOPY <<EOF /etc/motd\nhi\nEOF\nADD https://example.com/Dockerfile /x\nFROM base\nCOPY --from=base /Dockerfile /secrets/key /\n`,
      options: IGNORE,
    },
    // a variable or quotes are read when the stage is built
    { code: `${ON}FROM scratch\nARG F=Dockerfile\nCOPY $F "secrets/x" /\n`, options: IGNORE },
  ],
  invalid: [
    {
      name: "BuildKit's test case: COPY and ADD of an excluded file, BuildKit's messages",
      code: `${ON}FROM scratch\nCOPY Dockerfile .\nADD Dockerfile /windy\n`,
      options: IGNORE,
      errors: [
        {
          line: 3,
          column: 6,
          endColumn: 16,
          message: 'Attempting to Copy file "Dockerfile" that is excluded by .dockerignore',
          severity: 'warning',
        },
        {
          line: 4,
          column: 5,
          message: 'Attempting to Add file "Dockerfile" that is excluded by .dockerignore',
        },
      ],
    },
    {
      name: 'a file below an excluded directory, one matched by a glob, JSON form; skip= does not silence it',
      code: `# check=skip=all;experimental=CopyIgnoredFile\nFROM scratch\nCOPY secrets/key.pem CHANGES.md /app/\nCOPY ["NOTES.md", "/docs/"]\n`,
      options: IGNORE,
      errors: [
        {
          line: 3,
          column: 6,
          message: 'Attempting to Copy file "secrets/key.pem" that is excluded by .dockerignore',
        },
        {
          line: 3,
          column: 22,
          message: 'Attempting to Copy file "CHANGES.md" that is excluded by .dockerignore',
        },
        {
          line: 4,
          column: 6,
          message: 'Attempting to Copy file "NOTES.md" that is excluded by .dockerignore',
        },
      ],
    },
  ],
});

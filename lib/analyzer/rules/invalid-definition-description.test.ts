import { ruleTester } from '../testing/rule-tester';

const ON = '# check=experimental=InvalidDefinitionDescription\n';

ruleTester('invalid-definition-description', {
  valid: [
    // Experimental: off unless the check directive enables it.
    '# a non-descriptive comment\nFROM scratch AS base\n',
    `${ON}# base is a stage for compiling source\nFROM scratch AS base\n# VERSION This is the version number.\nARG VERSION=1\n`,
    `${ON}# a non-descriptive comment\n\nFROM scratch AS base\n`,
    `${ON}# an unnamed stage has no name to describe\nFROM scratch\n`,
    `${ON}# comment for something other than ARG or FROM\nFROM scratch\nCOPY Dockerfile .\n`,
    // an empty comment ends the block: the ARG below has no description to check
    `${ON}# foo this is the foo\nARG foo=bar\n#\nARG bit=bat\n`,
  ],
  invalid: [
    {
      name: 'skip=all does not silence an experimental check that is asked for (linter.Run)',
      code: '# check=skip=all;experimental=InvalidDefinitionDescription\n# x\nFROM scratch AS base\n',
      errors: [
        {
          line: 3,
          column: 1,
          message: 'Comment for FROM should follow the format: `# base <description>`',
        },
      ],
    },
    {
      code: `${ON}# bar this is the bar\nARG foo=bar\n# BasE this is the BasE image\nFROM scratch AS base\n# definitely a bad comment\nARG version=latest\n# definitely a bad comment\nARG foo=baz bar=qux baz=quux\n`,
      errors: [
        {
          line: 3,
          column: 1,
          message: 'Comment for ARG should follow the format: `# foo <description>`',
        },
        {
          line: 5,
          column: 1,
          message: 'Comment for FROM should follow the format: `# base <description>`',
        },
        {
          line: 7,
          column: 1,
          message: 'Comment for ARG should follow the format: `# version <description>`',
        },
        {
          line: 9,
          column: 1,
          message: 'Comment for ARG should follow the format: `# <arg_key> <description>`',
        },
      ],
    },
  ],
});

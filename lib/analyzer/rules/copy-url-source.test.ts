import { ruleTester } from '../testing/rule-tester';

ruleTester('copy-url-source', {
  valid: [
    'FROM scratch\nADD https://example.com/a.txt /\n',
    'FROM scratch\nCOPY ./http:/weird /\n',
  ],
  invalid: [
    {
      name: 'BuildKit TestDockerfileCopyURL',
      code: 'FROM scratch\n\tCOPY http://github.com/moby/buildkit/blob/master/README.md /\n',
      errors: [
        {
          line: 2,
          column: 7,
          endColumn: 60,
          message: "source can't be a URL for COPY",
          suggestion: 'ADD',
        },
      ],
    },
    {
      name: 'a git repository',
      code: 'FROM scratch\nCOPY https://github.com/moby/buildkit.git /src\n',
      errors: [{ line: 2, column: 6, message: "source can't be a git ref for COPY" }],
    },
    {
      name: 'git remotes over ssh, or with a query',
      code: 'FROM scratch\nCOPY ssh://git@example.com/r /src\nCOPY https://example.com/r.git?ref=v1 /src\n',
      errors: [
        { line: 2, column: 6, message: "source can't be a git ref for COPY" },
        { line: 3, column: 6, message: "source can't be a git ref for COPY" },
      ],
    },
  ],
});

import { ruleTester } from '../testing/rule-tester';

ruleTester('circular-stage-dependency', {
  valid: [
    'FROM scratch AS base\nFROM base AS sibling\nFROM base AS consumer\nCOPY --from=sibling / /\n',
    // FROM x AS x is not a cycle
    'FROM busybox:1 AS busybox\n',
    // BuildKit checks cycles over COPY/mount only; this is a forward reference instead
    'FROM busybox:1 AS a\nCOPY --from=b f f\nFROM a AS b\n',
  ],
  invalid: [
    {
      name: 'in stages the default build skips, still an error: the cycle check covers every stage',
      code: 'FROM busybox:1 AS a\nCOPY --from=b x y\nFROM busybox:1 AS b\nCOPY --from=a x y\nFROM alpine:3.20\n',
      errors: [
        { line: 2, column: 13, severity: 'error' },
        { line: 4, column: 13, severity: 'error' },
      ],
    },
    {
      name: 'a stage copying from itself',
      code: 'FROM busybox:1 AS stage0\nCOPY --from=stage0 f1 /sub/\n',
      errors: [
        {
          line: 2,
          column: 13,
          endColumn: 19,
          message: 'circular dependency detected on stage: stage0',
        },
      ],
    },
    {
      name: 'three stages in a loop',
      code: [
        'FROM busybox:1 AS stage0',
        'COPY --from=stage2 f1 /sub/',
        'FROM busybox:1 AS stage1',
        'COPY --from=stage0 f2 /sub/',
        'FROM busybox:1 AS stage2',
        'COPY --from=stage1 f2 /sub/',
      ].join('\n'),
      errors: [
        { line: 2, column: 13, message: 'circular dependency detected on stage: stage0' },
        { line: 4, column: 13, message: 'circular dependency detected on stage: stage0' },
        { line: 6, column: 13, message: 'circular dependency detected on stage: stage0' },
      ],
    },
    {
      name: 'by index, its own',
      code: 'FROM busybox:1\nFROM busybox:1\nCOPY --from=1 a b\n',
      errors: [{ line: 3, column: 13, message: 'circular dependency detected on stage: stage-1' }],
    },
    {
      name: 'through a mount',
      code: 'FROM busybox:1 AS a\nRUN --mount=from=a,target=/x ls\n',
      errors: [{ line: 2, column: 18, endColumn: 19 }],
    },
  ],
});

import { expect, test } from 'vitest';
import { analyze } from '../analyze';
import { ruleTester } from '../testing/rule-tester';

ruleTester('invalid-instruction-flag', {
  valid: [
    'FROM alpine:3.20 AS build\nFROM alpine:3.20\nCOPY --from=build --chown=1000:1000 --chmod=755 --link /a /b\n',
    'FROM alpine:3.20\nCOPY --link=false --parents --exclude=*.md --exclude=*.txt . /app\n',
    'FROM alpine:3.20\nADD --checksum=sha256:abc --keep-git-dir=true --unpack=TRUE https://example.com/a.tar /a\n',
    'FROM alpine:3.20\nRUN --mount=type=cache,target=/c --mount=type=tmpfs,target=/t --network=none --security=insecure true\n',
    'FROM alpine:3.20\nRUN --network=host --security=sandbox true\nRUN --network=default true\n',
    'FROM --platform=linux/amd64 alpine:3.20\nHEALTHCHECK --interval=5s --timeout=3s --start-period=1s --start-interval=1s --retries=3 CMD true\n',
    {
      name: 'HEALTHCHECK NONE reads no flags',
      code: 'FROM alpine:3.20\nHEALTHCHECK --bogus NONE\n',
    },
    {
      name: 'ARG and STOPSIGNAL parse no flags',
      code: 'ARG --x=1 V\nFROM alpine:3.20\nSTOPSIGNAL --y SIGTERM\n',
    },
  ],
  invalid: [
    {
      name: 'a misspelt --from, with the flag it meant',
      code: 'FROM golang:1.22 AS build\nFROM alpine:3.20\nCOPY --form=build /out/app /app\n',
      errors: [
        {
          line: 3,
          column: 6,
          endColumn: 18,
          message: 'unknown flag: --form (did you mean from?)',
          suggestion: 'from',
          severity: 'error',
        },
      ],
    },
    {
      name: 'a flag the instruction does not take, nothing close',
      code: 'FROM alpine:3.20\nWORKDIR --parents /app\nRUN --mount=type=cache,target=/c --netwrok=none true\n',
      errors: [
        { line: 2, column: 9, message: 'unknown flag: --parents' },
        { line: 3, column: 34, message: 'unknown flag: --netwrok (did you mean network?)' },
      ],
    },
    {
      name: 'a string flag without a value, a repeated one',
      code: 'FROM alpine:3.20\nCOPY --from . .\nCOPY --from=x --from=y . .\n',
      errors: [
        { line: 2, column: 6, endColumn: 12, message: 'missing a value on flag: --from' },
        { line: 3, column: 15, message: 'duplicate flag specified: --from' },
      ],
    },
    {
      name: 'a boolean flag with an empty or non-boolean value',
      code: 'FROM alpine:3.20\nCOPY --link= a b\nCOPY --link=yes a b\n',
      errors: [
        { line: 2, column: 6, message: 'missing a value on flag: --link' },
        { line: 3, column: 6, message: 'expecting boolean value for flag --link, not: yes' },
      ],
    },
    {
      name: 'a RUN network or security mode BuildKit does not know',
      code: 'FROM alpine:3.20\nRUN --network=bridge true\nRUN --security=privileged true\n',
      errors: [
        { line: 2, column: 5, message: 'invalid network mode "bridge"' },
        { line: 3, column: 5, message: 'security "privileged" is not valid' },
      ],
    },
    {
      name: 'flags on a FROM',
      code: 'FROM --platfrom=linux/arm64 alpine:3.20\n',
      errors: [
        { line: 1, column: 6, message: 'unknown flag: --platfrom (did you mean platform?)' },
      ],
    },
  ],
});

test('the fix renames only the flag, keeping its value', () => {
  const { diagnostics } = analyze(
    'FROM golang:1.22 AS build\nFROM alpine:3.20\nCOPY --form=build /a /b\n',
  );
  const d = diagnostics.find((x) => x.rule === 'invalid-instruction-flag');
  expect(d?.fix).toEqual({ line: 3, column: 8, endLine: 3, endColumn: 12, text: 'from' });
});

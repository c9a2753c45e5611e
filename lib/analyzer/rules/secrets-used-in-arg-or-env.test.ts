import fc from 'fast-check';
import { expect, test } from 'vitest';
import { ruleTester } from '../testing/rule-tester';
import { looksSecret } from './secrets-used-in-arg-or-env';

const msg = (kind: string, name: string) =>
  `Do not use ARG or ENV instructions for sensitive data (${kind} "${name}")`;

ruleTester('secrets-used-in-arg-or-env', {
  valid: [
    'FROM scratch\nENV PUBLIC_KEY=\nARG public_token\nARG SECRET_PASSPHRASE_FILE\n',
    'FROM scratch\nENV password_file=bar secret_File=baz\nARG AUTH_MODULE_VERSION\n',
    // Tokens must stand alone between underscores.
    'FROM scratch\nARG KEYBOARD\nENV monkey=1 sunflower=foo\n',
    // BuildKit does not check ARGs before the first FROM.
    'ARG GITHUB_TOKEN\nFROM scratch\n',
  ],
  invalid: [
    {
      code: '\nFROM scratch\nARG SECRET_PASSPHRASE\nENV SUPER_Secret=foo\nENV password=bar secret=baz\n',
      errors: [
        { line: 3, column: 5, endColumn: 22, message: msg('ARG', 'SECRET_PASSPHRASE') },
        { line: 4, column: 5, endColumn: 17, message: msg('ENV', 'SUPER_Secret') },
        { line: 5, column: 5, endColumn: 13, message: msg('ENV', 'password') },
        { line: 5, column: 18, endColumn: 24, message: msg('ENV', 'secret') },
      ],
    },
    {
      code: 'FROM scratch\nARG super_duper_secret_token=foo auth=bar\nENV apikey=bar sunflower=foo\nENV git_key=\n',
      errors: [
        { line: 2, column: 5, message: msg('ARG', 'super_duper_secret_token') },
        { line: 2, column: 34, message: msg('ARG', 'auth') },
        { line: 3, column: 5, message: msg('ENV', 'apikey') },
        { line: 4, column: 5, message: msg('ENV', 'git_key') },
      ],
    },
    {
      name: 'legacy ENV form',
      code: 'FROM alpine\nENV DB_PASSWORD hunter2\n',
      errors: [{ line: 2, column: 5, message: msg('ENV', 'DB_PASSWORD') }],
    },
  ],
});

// BuildKit's patterns, which the token scan must agree with
const DENY =
  /(?:_|^)(?:apikey|auth|credential|credentials|key|password|pword|passwd|secret|token)(?:_|$)/i;
const ALLOW = /(?:_|^)(?:public|file|version)(?:_|$)/i;

test('secret-looking names are judged exactly as BuildKit patterns judge them', () => {
  const token = fc.constantFrom(
    'KEY',
    'key',
    'Token',
    'SECRET',
    'public',
    'FILE',
    'version',
    'X',
    '',
    'APIKEY',
    'credentials',
    'pwd',
    'K\u212Aey',
    '\u017Fecret',
    'PASSWD',
    'auth',
    'AUTHOR',
    '\u00C4UTH',
  );
  fc.assert(
    fc.property(
      fc.array(token, { minLength: 1, maxLength: 4 }),
      fc.constantFrom('_', '__', '-'),
      (parts, sep) => {
        const name = parts.join(sep);
        expect(looksSecret(name), name).toBe(DENY.test(name) && !ALLOW.test(name));
      },
    ),
    { numRuns: 2000 },
  );
});

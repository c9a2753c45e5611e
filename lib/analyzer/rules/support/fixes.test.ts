import { expect, test } from 'vitest';
import { analyze } from '../../analyze';
import type { Fix } from '../../types';

/** Applies one fix to the source (1-based, end exclusive). */
function apply(source: string, fix: Fix): string {
  const lines = source.split('\n');
  const offset = (line: number, column: number) =>
    lines.slice(0, line - 1).reduce((n, l) => n + l.length + 1, 0) + column - 1;
  return (
    source.slice(0, offset(fix.line, fix.column)) +
    fix.text +
    source.slice(offset(fix.endLine, fix.endColumn))
  );
}

/** The source after the rule's first fix, checking the rule is then quiet on that line. */
function fixed(rule: string, source: string): string {
  const first = analyze(source).diagnostics.find((d) => d.rule === rule);
  expect(first?.fix, `${rule} offers a fix`).toBeDefined();
  const out = apply(source, first!.fix!);
  const again = analyze(out).diagnostics.filter((d) => d.rule === rule && d.line === first!.line);
  expect(again).toEqual([]);
  return out;
}

function fixOf(rule: string, source: string): Fix | undefined {
  return analyze(source).diagnostics.find((d) => d.rule === rule)?.fix;
}

test('maintainer-deprecated becomes an OCI authors label', () => {
  expect(fixed('maintainer-deprecated', 'FROM scratch\nMAINTAINER me@example.org\n')).toBe(
    'FROM scratch\nLABEL org.opencontainers.image.authors="me@example.org"\n',
  );
});

test('consistent-instruction-casing recases the keyword to the majority', () => {
  expect(fixed('consistent-instruction-casing', 'FROM scratch\ncopy a /a\nCOPY b /b\n')).toBe(
    'FROM scratch\nCOPY a /a\nCOPY b /b\n',
  );
});

test('legacy-key-value-format joins key and value with =, quoting spaces', () => {
  expect(fixed('legacy-key-value-format', 'FROM scratch\nENV testkey value\n')).toBe(
    'FROM scratch\nENV testkey=value\n',
  );
  expect(fixed('legacy-key-value-format', 'FROM scratch\nLABEL desc my small app\n')).toBe(
    'FROM scratch\nLABEL desc="my small app"\n',
  );
  expect(fixOf('legacy-key-value-format', 'FROM scratch\nENV A "x" y\n')).toBeUndefined();
});

test('expose fixes lowercase the protocol and drop the host part', () => {
  expect(fixed('expose-proto-casing', 'FROM alpine\nEXPOSE 80/TCP\n')).toBe(
    'FROM alpine\nEXPOSE 80/tcp\n',
  );
  expect(fixed('expose-invalid-format', 'FROM alpine\nEXPOSE 127.0.0.1:8080:80/udp\n')).toBe(
    'FROM alpine\nEXPOSE 80/udp\n',
  );
});

test('json-args-recommended rewrites a simple command into exec form', () => {
  expect(fixed('json-args-recommended', 'FROM alpine\nCMD node server.js --port=80\n')).toBe(
    'FROM alpine\nCMD ["node", "server.js", "--port=80"]\n',
  );
});

test('json-args-recommended offers no fix when the shell does real work', () => {
  for (const cmd of [
    'CMD nginx -g "daemon off;"',
    'CMD echo $HOME',
    'CMD a && b',
    'CMD cat x | grep y',
    'CMD run > /log',
    'ENTRYPOINT FOO=1 app',
  ]) {
    const diag = analyze(`FROM alpine\n${cmd}\n`).diagnostics.find(
      (d) => d.rule === 'json-args-recommended',
    );
    expect(diag, cmd).toBeDefined();
    expect(diag?.fix, cmd).toBeUndefined();
  }
});

test('no-empty-continuation deletes the blank lines', () => {
  expect(fixed('no-empty-continuation', 'FROM scratch\nCOPY a \\\n\n\n  /b\n')).toBe(
    'FROM scratch\nCOPY a \\\n  /b\n',
  );
});

test('size hints insert the flag after the subcommand', () => {
  expect(
    fixed(
      'apt-no-install-recommends',
      'FROM debian\nRUN apt-get update && apt-get install -y curl\n',
    ),
  ).toBe('FROM debian\nRUN apt-get update && apt-get install --no-install-recommends -y curl\n');
  expect(fixed('apk-no-cache', 'FROM alpine\nRUN apk add curl\n')).toBe(
    'FROM alpine\nRUN apk add --no-cache curl\n',
  );
  expect(fixed('pip-no-cache-dir', 'FROM python\nRUN pip install -r req.txt\n')).toBe(
    'FROM python\nRUN pip install --no-cache-dir -r req.txt\n',
  );
});

test('apt-lists-not-cleaned appends the cleanup to the RUN', () => {
  expect(
    fixed(
      'apt-lists-not-cleaned',
      'FROM debian\nRUN apt-get update \\\n && apt-get install -y curl\nCMD ["curl"]\n',
    ),
  ).toBe(
    'FROM debian\nRUN apt-get update \\\n && apt-get install -y curl && rm -rf /var/lib/apt/lists/*\nCMD ["curl"]\n',
  );
});

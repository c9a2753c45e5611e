import type { BuildClaim } from '@/lib/content/claims';
import type { Severity } from '@/lib/analyzer/types';
import type { RuleExample } from './examples';

/**
 * The claims a rule page makes: its bad example raises the rule (and fails the build when the
 * rule is an error rule, since the page lists it under "BuildKit would fail the build"), and its
 * good example raises neither the rule nor any error. Both under the example's `build:`.
 */
export function ruleExampleClaims(example: RuleExample, severity: Severity): BuildClaim[] {
  const shared = {
    file: example.file,
    build: example.build,
    ...(example.dockerignore ? { dockerignore: example.dockerignore } : {}),
  };
  return [
    {
      ...shared,
      line: example.lines.bad,
      subject: `the bad example of ${example.id}`,
      dockerfile: example.bad,
      expect: { kind: 'raises', rule: example.id, asError: severity === 'error' },
    },
    {
      ...shared,
      line: example.lines.good,
      subject: `the good example of ${example.id}`,
      dockerfile: example.good,
      expect: { kind: 'avoids', rule: example.id },
    },
  ];
}

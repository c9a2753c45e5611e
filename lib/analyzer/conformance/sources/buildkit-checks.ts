/**
 * BuildKit's build-check tests (dockerfile_check_test.go): the (check name, line) pairs and detail
 * texts the analyzer reports for rules that mirror a build check (meta.buildkit) must equal the
 * test's expected lint warnings. The analyzer answers as `docker build --check` does: every
 * stage is checked, not only the ones the default target reaches.
 */
import { rules } from '../../rules';
import type { AnalyzeOptions } from '../../types';
import type { CaseOutcome, CorpusCase, SourceChecker } from '../types';

interface ExpectedCheck {
  rule: string;
  line: number;
  detail: string;
}

/**
 * Test parameters the corpus leaves out for `conditional` cases, copied from the same test
 * source (moby/buildkit@73ed682 frontend/dockerfile/dockerfile_check_test.go).
 */
const PARAMS: Record<string, AnalyzeOptions> = {
  // testRuleCheckOption: FrontendAttrs build-arg:BUILDKIT_DOCKERFILE_CHECK overrides `# check=`.
  'buildkit-checks/rulecheckoption-7/Dockerfile': {
    buildArgs: { BUILDKIT_DOCKERFILE_CHECK: 'skip=ConsistentInstructionCasing;error=true' },
  },
  'buildkit-checks/rulecheckoption-8/Dockerfile': {
    buildArgs: { BUILDKIT_DOCKERFILE_CHECK: 'skip=all' },
  },
  // testInvalidDefaultArgInFrom: the check looks at defaults, whatever the build arg says.
  'buildkit-checks/invaliddefaultarginfrom-1/Dockerfile': {
    buildArgs: { IMAGE: 'busybox:latest' },
  },
  // testCopyIgnoredFiles passes a DockerIgnore the corpus leaves out: these are its three files
  'buildkit-checks/copyignoredfiles-1/Dockerfile': { dockerignore: '\nDockerfile\n' },
  'buildkit-checks/copyignoredfiles-2/Dockerfile': { dockerignore: '\nDockerfile\n' },
  'buildkit-checks/copyignoredfiles-3/Dockerfile': { dockerignore: '\nDockerfile\n' },
  'buildkit-checks/copyignoredfiles-4/Dockerfile': { dockerignore: '\nfoobar\n' },
  'buildkit-checks/copyignoredfiles-5/Dockerfile': { dockerignore: '\n**\n!Dockerfile\n' },
  'buildkit-checks/copyignoredfiles-6/Dockerfile': { dockerignore: '\n**\n!Dockerfile\n' },
  // testCopyIgnoredFileContextRoot's "dotfiles" run: `.*` must not flag `COPY . .`
  'buildkit-checks/copyignoredfilecontextroot-1/Dockerfile': { dockerignore: '\n.*\n' },
};

/**
 * Where the corpus transcription differs from the test source it was taken from. Each entry
 * gives the expectation the test really asserts for `docker build --check` (lint over all
 * stages), and why the corpus differs.
 */
export const ERRATA: Record<string, { checks: ExpectedCheck[]; reason: string }> = {
  'buildkit-checks/multipleinstructionsdisallowed-1/Dockerfile': {
    reason:
      'the test builds its warnings with a makeLintWarning() helper the transcription dropped; it expects ENTRYPOINT@3, CMD@5, HEALTHCHECK@7',
    checks: [
      { rule: 'MultipleInstructionsDisallowed', line: 3, detail: multiple('ENTRYPOINT') },
      { rule: 'MultipleInstructionsDisallowed', line: 5, detail: multiple('CMD') },
      { rule: 'MultipleInstructionsDisallowed', line: 7, detail: multiple('HEALTHCHECK') },
    ],
  },
  'buildkit-checks/multipleinstructionsdisallowed-2/Dockerfile': {
    reason:
      'the test builds its warnings with a makeLintWarning() helper the transcription dropped; it expects ENTRYPOINT@3, CMD@4, HEALTHCHECK@5',
    checks: [
      { rule: 'MultipleInstructionsDisallowed', line: 3, detail: multiple('ENTRYPOINT') },
      { rule: 'MultipleInstructionsDisallowed', line: 4, detail: multiple('CMD') },
      { rule: 'MultipleInstructionsDisallowed', line: 5, detail: multiple('HEALTHCHECK') },
    ],
  },
  'buildkit-checks/alltargetunmarshal-1/Dockerfile': {
    reason:
      'the corpus concatenates the build warnings (target stage only: $bar@6) and the lint warnings (all stages: $foo@3, $bar@6); --check gives the latter',
    checks: [
      { rule: 'UndefinedVar', line: 3, detail: "Usage of undefined variable '$foo'" },
      { rule: 'UndefinedVar', line: 6, detail: "Usage of undefined variable '$bar'" },
    ],
  },
};

function multiple(name: string): string {
  return `Multiple ${name} instructions should not be used in the same stage because only the last one will be used`;
}

/** rule id → BuildKit check name, for every rule that mirrors a build check. */
export function buildkitNames(): Map<string, string> {
  const names = new Map<string, string>();
  for (const rule of rules) if (rule.meta.buildkit) names.set(rule.meta.id, rule.meta.buildkit);
  return names;
}

const key = (c: { rule: string; line: number }) => `${c.rule}@${c.line}`;

function multiset(list: string[]): string[] {
  return list.slice().sort();
}

/** Compares checks: rule+line as a multiset first, then detail texts. */
export function compareChecks(got: ExpectedCheck[], want: ExpectedCheck[]): CaseOutcome {
  const g = multiset(got.map(key));
  const w = multiset(want.map(key));
  if (JSON.stringify(g) !== JSON.stringify(w)) {
    const missing = w.filter((x) => !g.includes(x));
    const extra = g.filter((x) => !w.includes(x));
    return {
      ok: false,
      detail: `rule/line differ: missing [${missing.join(', ')}], extra [${extra.join(', ')}]`,
    };
  }
  const gd = multiset(got.map((c) => `${key(c)} ${c.detail}`));
  const wd = multiset(want.map((c) => `${key(c)} ${c.detail}`));
  if (JSON.stringify(gd) !== JSON.stringify(wd)) {
    const diff = wd.filter((x) => !gd.includes(x));
    return { ok: false, detail: `rule/line agree, detail differs: want ${JSON.stringify(diff)}` };
  }
  return { ok: true };
}

export const checker: SourceChecker = {
  source: 'buildkit-checks',
  title: `build-check (rule, line, detail) equal BuildKit's test expectations (${Object.keys(ERRATA).length} corpus errata applied)`,
  check(c: CorpusCase, ctx) {
    if (!ctx.analyze) return { ok: false, skipped: true };
    const names = buildkitNames();
    const analysis = ctx.analyze(ctx.read(c.path), PARAMS[c.path] ?? {});
    const got: ExpectedCheck[] = [];
    for (const d of analysis.diagnostics) {
      const rule = names.get(d.rule);
      if (rule) got.push({ rule, line: d.line, detail: d.message });
    }
    const erratum = ERRATA[c.path];
    const want = erratum?.checks ?? (c.expect.buildkit_checks as ExpectedCheck[]);
    const outcome = compareChecks(got, want);
    const tags = [c.certainty === 'conditional' ? '[conditional]' : '', erratum ? '[erratum]' : '']
      .filter(Boolean)
      .join(' ');
    if (!outcome.ok && tags) outcome.detail = `${tags} ${outcome.detail}`;
    return outcome;
  },
};

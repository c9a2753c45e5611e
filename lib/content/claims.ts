import { analyze } from '@/lib/analyzer';
import type { Analysis, Diagnostic } from '@/lib/analyzer/types';
import { analyzeOptionsFor, buildCommand, type BuildSpec } from './build-spec';

/**
 * What the course says a Dockerfile does when it is built, checked against the analyzer. A claim
 * is true or false only for one build: the same file can build with the default target and fail
 * with `--target X`, because BuildKit resolves only the stages the target needs.
 */

/** What the content says happens when the Dockerfile is built. */
export type ClaimExpectation =
  /** the build fails, and BuildKit's error is on this 1-based line of the Dockerfile */
  | { kind: 'fails-at'; line: number }
  /** the build succeeds: no error-severity diagnostic anywhere */
  | { kind: 'works' }
  /** a rule page's bad example: the rule fires (as an error when the rule's severity is error) */
  | { kind: 'raises'; rule: string; asError: boolean }
  /** a rule page's good example: the rule stays quiet and the build succeeds */
  | { kind: 'avoids'; rule: string };

/** One claim, with where it is written so a false one can be reported as `file:line`. */
export interface BuildClaim {
  file: string;
  /** 1-based line of the YAML node that makes the claim */
  line: number;
  /** who makes it, e.g. `question "test-forward-reference"` */
  subject: string;
  dockerfile: string;
  build: BuildSpec;
  /** the build context's `.dockerignore`, for rule examples that read it */
  dockerignore?: string;
  expect: ClaimExpectation;
}

function describe(d: Diagnostic): string {
  return `${d.rule}@${d.line} (${d.severity}: ${d.message})`;
}

function listed(diagnostics: readonly Diagnostic[]): string {
  return diagnostics.length ? diagnostics.map(describe).join('; ') : 'nothing';
}

/** `docker build .` with the stage it builds, so a reader sees which stages the claim covers. */
function buildLabel(build: BuildSpec, analysis: Analysis): string {
  if (build.target) return buildCommand(build);
  const last = analysis.stages[analysis.target];
  const name = last?.name ? `"${last.name}"` : `the unnamed stage ${analysis.target}`;
  return `${buildCommand(build)} (no --target: it builds the last stage, ${name})`;
}

const covers = (d: Diagnostic, line: number) =>
  d.line <= line && line <= Math.max(d.line, d.endLine);

function failsAt(line: number, diagnostics: Diagnostic[], build: string): string[] {
  const errors = diagnostics.filter((d) => d.severity === 'error');
  const elsewhere = errors.filter((d) => !covers(d, line));
  const problems: string[] = [];
  if (!errors.some((d) => covers(d, line))) {
    const there = diagnostics.filter((d) => covers(d, line));
    problems.push(
      `says the build fails at line ${line} of its Dockerfile, but under ${build} the analyzer ` +
        `reports no error there` +
        (there.length ? `, only ${listed(there)}` : '') +
        (elsewhere.length ? '' : ', and none anywhere: the file builds'),
    );
  }
  for (const d of elsewhere) {
    problems.push(
      `keys line ${line} as the failing line, but under ${build} the build also fails at ` +
        `line ${d.line}: ${describe(d)}`,
    );
  }
  return problems;
}

function works(diagnostics: Diagnostic[], build: string, what: string): string[] {
  return diagnostics
    .filter((d) => d.severity === 'error')
    .map((d) => `${what} as working, but under ${build} the analyzer reports ${describe(d)}`);
}

function raises(rule: string, asError: boolean, diagnostics: Diagnostic[], build: string) {
  const fired = diagnostics.filter((d) => d.rule === rule);
  if (!fired.length) {
    return [`should raise ${rule}, but under ${build} the analyzer reports ${listed(diagnostics)}`];
  }
  if (asError && !fired.some((d) => d.severity === 'error')) {
    return [
      `should fail the build with ${rule} (an error rule), but under ${build} the analyzer ` +
        `reports it only as ${listed(fired)}`,
    ];
  }
  return [];
}

function avoids(rule: string, diagnostics: Diagnostic[], build: string): string[] {
  const fired = diagnostics
    .filter((d) => d.rule === rule)
    .map((d) => `should not raise ${rule}, but under ${build} the analyzer reports ${describe(d)}`);
  return [...fired, ...works(diagnostics, build, 'is presented')];
}

/** The problems with one claim as `file:line: subject message`; empty when the analyzer agrees. */
export function checkClaim(claim: BuildClaim): string[] {
  const options = {
    ...analyzeOptionsFor(claim.build),
    ...(claim.dockerignore ? { dockerignore: claim.dockerignore } : {}),
  };
  const analysis = analyze(claim.dockerfile, options);
  const build = buildLabel(claim.build, analysis);
  const diagnostics = analysis.diagnostics;
  const expect = claim.expect;
  const problems =
    expect.kind === 'fails-at'
      ? failsAt(expect.line, diagnostics, build)
      : expect.kind === 'works'
        ? works(diagnostics, build, 'presents its Dockerfile')
        : expect.kind === 'raises'
          ? raises(expect.rule, expect.asError, diagnostics, build)
          : avoids(expect.rule, diagnostics, build);
  return problems.map((message) => `${claim.file}:${claim.line}: ${claim.subject} ${message}`);
}

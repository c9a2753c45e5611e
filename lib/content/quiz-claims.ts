import { dockerfileLines } from '@/lib/quiz/lines';
import { resolveBuildSpec, type BuildSpec } from './build-spec';
import type { BuildClaim, ClaimExpectation } from './claims';
import { promptDockerfiles } from './prompt-dockerfiles';
import type { QuestionSource } from './quiz-schema';

/**
 * Turns a quiz question into the build claims it makes. A spot-the-error question says its build
 * fails at the keyed line; any other Dockerfile a question shows is presented as working unless
 * the question says where it fails. Order questions whose items are Dockerfile lines opt in with
 * `build:`, and the items in the keyed order are then a model answer that must build.
 */

type LineOf = (...path: PropertyKey[]) => number;

export interface QuestionClaims {
  claims: BuildClaim[];
  /** structural problems as [YAML line, message] */
  errors: Array<[number, string]>;
}

const DECLARE_BUILD =
  'declare how it is built: build: default, or build: { target: NAME, build-args: { NAME: "value" } }';

/** The Dockerfiles a question shows, with the YAML path of the field that holds them. */
function questionDockerfiles(q: QuestionSource): { files: string[]; field: string } {
  switch (q.type) {
    case 'spot-the-error':
    case 'predict':
      return { files: [dockerfileLines(q.dockerfile).join('\n')], field: 'dockerfile' };
    case 'order':
      return { files: q.build === undefined ? [] : [q.items.join('\n')], field: 'items' };
    default:
      return { files: promptDockerfiles(q.prompt), field: 'prompt' };
  }
}

/** The failing line a question claims, null for "builds", undefined for "no claim". */
function claimedFailure(q: QuestionSource): number | null | undefined {
  if (q.type === 'spot-the-error') return q.fails === false ? null : q.answer;
  if (typeof q.fails === 'number') return q.fails;
  // Which check fires is the analyzer's own answer; the file may well fail, so no default claim.
  if (q.type === 'predict' && q.predict.kind === 'error-rule' && q.fails === undefined) {
    return undefined;
  }
  return null;
}

/** A target-stages question is about `--target <its target>`, so that is its build. */
function questionBuild(q: QuestionSource, lineOf: LineOf, errors: QuestionClaims['errors']) {
  const build: BuildSpec = resolveBuildSpec(q.build);
  if (q.type !== 'predict' || q.predict.kind !== 'target-stages') return build;
  if (build.target && build.target !== q.predict.target) {
    errors.push([
      lineOf('build', 'target'),
      `build target "${build.target}" differs from the predicted target "${q.predict.target}"`,
    ]);
  }
  return { ...build, target: q.predict.target };
}

/** The claims one question makes, and what is wrong with how it declares them. */
export function questionClaims(q: QuestionSource, file: string, lineOf: LineOf): QuestionClaims {
  const errors: QuestionClaims['errors'] = [];
  const { files, field } = questionDockerfiles(q);
  if (!files.length) {
    if (q.fails !== undefined)
      errors.push([lineOf('fails'), 'fails: the question has no Dockerfile']);
    if (q.build !== undefined && q.type !== 'order') {
      errors.push([lineOf('build'), 'build: the question has no Dockerfile to build']);
    }
    return { claims: [], errors };
  }
  if (q.type === 'spot-the-error' && typeof q.fails === 'number') {
    errors.push([
      lineOf('fails'),
      'fails: a spot-the-error question fails at its answer; write fails: false when BuildKit accepts the file',
    ]);
  }
  const failure = claimedFailure(q);
  const build = questionBuild(q, lineOf, errors);
  if (failure === undefined) return { claims: [], errors };
  const keyLine = q.type === 'spot-the-error' ? lineOf('answer') : lineOf('fails');
  if (failure !== null && q.build === undefined) {
    errors.push([keyLine, `says its build fails: ${DECLARE_BUILD}`]);
  }
  if (failure !== null && files.length > 1) {
    errors.push([keyLine, `fails: the prompt shows ${files.length} Dockerfiles; show one`]);
  }
  // a spot-the-error answer past the end is already reported by the quiz validator
  const outside = failure !== null && failure > dockerfileLines(files[0] ?? '').length;
  if (outside && q.type !== 'spot-the-error') {
    errors.push([keyLine, `fails: line ${failure} is outside the Dockerfile`]);
  }
  if (errors.length) return { claims: [], errors };
  const expect: ClaimExpectation =
    failure === null ? { kind: 'works' } : { kind: 'fails-at', line: failure };
  const line = failure === null ? lineOf(field) : keyLine;
  const subject = `question "${q.id}"`;
  const claims = files.map((dockerfile) => ({ file, line, subject, dockerfile, build, expect }));
  return { claims, errors };
}

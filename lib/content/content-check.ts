import fs from 'node:fs';
import path from 'node:path';
import { analyze } from '@/lib/analyzer';
import { rules as analyzerRules } from '@/lib/analyzer/rules';
import type { Diagnostic, Rule } from '@/lib/analyzer/types';
import { ruleExampleClaims } from '@/lib/rules-reference/example-claims';
import { loadRuleExamples } from '@/lib/rules-reference/examples';
import { analyzeOptionsFor, type BuildSpec } from './build-spec';
import { checkClaim, type BuildClaim } from './claims';
import { checkContent as checkLessons, displayPath, lessonSlug, type Lesson } from './lessons';
import { scanMdx, type PlaygroundRef } from './mdx-scan';
import { checkQuizzes } from './quiz-loader';

export {
  scanMdx,
  type CodeFence,
  type LinkRef,
  type MdxScan,
  type PlaygroundRef,
} from './mdx-scan';

/**
 * The authors' content check (`npm run content:check`): every lesson's frontmatter, every quiz,
 * every Dockerfile example (code blocks and `*.Dockerfile` files, run through the analyzer against
 * what they declare they expect), internal links and `<Playground file>` references.
 * Every problem is reported as `file:line: message`. Server-only: reads the file system.
 */

/** One expected diagnostic: a rule id, optionally pinned to a 1-based line of the Dockerfile. */
export interface Expectation {
  rule: string;
  line?: number;
}

/** What a Dockerfile example declares: `clean`, a list of diagnostics, or nothing (no errors). */
export type Expect =
  | { kind: 'default' }
  | { kind: 'clean' }
  | { kind: 'broken' }
  /** `fails`: marked `broken` as well, so every listed diagnostic must be an error */
  | { kind: 'list'; items: Expectation[]; fails?: boolean };

export interface FenceInfo {
  expect: Expect;
  /** `target=NAME`: analyze as `docker build --target NAME` */
  target?: string;
  /** `build-arg=NAME=VALUE` (repeatable): analyze as `docker build --build-arg NAME=VALUE` */
  buildArgs?: Record<string, string>;
  errors: string[];
}

export interface ContentCheckCounts {
  lessons: number;
  quizzes: number;
  questions: number;
  codeBlocks: number;
  dockerfiles: number;
  links: number;
  playgrounds: number;
  /** rule pages whose bad and good examples were checked */
  ruleExamples: number;
  /** build claims (a question's or example's "fails at line N" or "builds") run through the analyzer */
  claims: number;
}

export interface ContentCheckReport {
  errors: string[];
  counts: ContentCheckCounts;
}

export interface ContentCheckOptions {
  /** the content folder holding lessons/ and quizzes/ (default: ./content) */
  root?: string;
  /** analyzer rules whose `docs` may name a lesson slug (default: the analyzer's registry) */
  rules?: readonly Rule[];
  /** the Next app folder whose pages define the valid internal routes (default: ./app) */
  appDir?: string;
}

const RULE = /^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/;

/** Parses a rule list such as `unknown-stage-reference@8, copy-stage-root` (space or comma separated). */
export function parseExpectList(value: string): { expect: Expect; errors: string[] } {
  const trimmed = value.trim();
  if (trimmed === 'clean') return { expect: { kind: 'clean' }, errors: [] };
  const errors: string[] = [];
  const items: Expectation[] = [];
  let fails = false;
  for (const token of trimmed.split(/[\s,]+/).filter(Boolean)) {
    if (token === 'broken') {
      fails = true;
      continue;
    }
    const m = /^([^@]+)(?:@(.*))?$/.exec(token);
    const rule = m?.[1] ?? '';
    const at = m?.[2];
    if (!RULE.test(rule)) {
      errors.push(`bad expect entry "${token}": a rule id is kebab-case, e.g. copy-stage-root@6`);
      continue;
    }
    if (at !== undefined && !/^[1-9]\d*$/.test(at)) {
      errors.push(`bad expect entry "${token}": the line after @ must be a positive number`);
      continue;
    }
    items.push(at === undefined ? { rule } : { rule, line: Number(at) });
  }
  if (!items.length && !errors.length) {
    errors.push('empty expect: write expect=clean or expect="rule@line ..."');
  }
  if (fails && !items.length) return { expect: { kind: 'broken' }, errors };
  return { expect: { kind: 'list', items, ...(fails ? { fails } : {}) }, errors };
}

/** Reads `expect=…`, `target=…` and `build-arg=…` from a fenced block's meta string (after the language). */
export function parseFenceMeta(meta: string): FenceInfo {
  const info: FenceInfo = { expect: { kind: 'default' }, errors: [] };
  const attr = /([A-Za-z][\w-]*)=(?:"([^"]*)"|'([^']*)'|(\S+))/g;
  let rest = meta;
  for (const m of meta.matchAll(attr)) {
    rest = rest.replace(m[0], ' ');
    const key = m[1] ?? '';
    const value = m[2] ?? m[3] ?? m[4] ?? '';
    if (key === 'expect') {
      const parsed = parseExpectList(value);
      info.expect = parsed.expect;
      info.errors.push(...parsed.errors);
    } else if (key === 'target') {
      if (value.trim()) info.target = value.trim();
      else info.errors.push('empty target: write target=NAME');
    } else if (key === 'build-arg') {
      const pair = /^([A-Za-z_]\w*)=(.*)$/.exec(value);
      if (pair?.[1]) info.buildArgs = { ...info.buildArgs, [pair[1]]: pair[2] ?? '' };
      else info.errors.push(`bad build-arg "${value}": write build-arg=NAME=VALUE`);
    }
    // Other attributes (e.g. a title) belong to the renderer and are left alone.
  }
  // A bare `broken` flag: a deliberate mistake that must make the analyzer report some error.
  if (/(^|\s)broken(\s|$)/.test(rest)) {
    if (info.expect.kind === 'default') info.expect = { kind: 'broken' };
    // `broken expect="rule@line"`: the listed findings are the errors that fail the build
    if (info.expect.kind === 'list') info.expect = { ...info.expect, fails: true };
  }
  if (/\bexpect\b/.test(rest)) {
    info.errors.push(
      'bad expect: write expect=clean or expect="rule@line ..." (no spaces around =)',
    );
  }
  return info;
}

/** Reads `# expect: …` comment lines from a `*.Dockerfile` (the file's own declaration). */
export function dockerfileExpect(text: string): { expect: Expect; line: number; errors: string[] } {
  const lines = text.split(/\r?\n/);
  const index = lines.findIndex((l) => /^\s*#\s*expect\s*:/i.test(l));
  if (index < 0) return { expect: { kind: 'default' }, line: 0, errors: [] };
  const value = (lines[index] ?? '').replace(/^\s*#\s*expect\s*:/i, '');
  return { ...parseExpectList(value), line: index + 1 };
}

function describe(d: Diagnostic): string {
  return `${d.rule}@${d.line} (${d.severity}: ${d.message})`;
}

/**
 * Compares an analysis with what the example expects. Returns problems as [line in the Dockerfile,
 * message]; line 0 means "the example as a whole".
 */
export function matchExpectations(
  diagnostics: readonly Diagnostic[],
  expect: Expect,
): Array<[number, string]> {
  const problems: Array<[number, string]> = [];
  if (expect.kind === 'clean') {
    for (const d of diagnostics) {
      if (d.severity === 'error' || d.severity === 'warning') {
        problems.push([
          d.line,
          `expected a clean example, but the analyzer reports ${describe(d)}`,
        ]);
      }
    }
    return problems;
  }
  if (expect.kind === 'broken') {
    return diagnostics.some((d) => d.severity === 'error')
      ? []
      : [
          [
            0,
            'marked broken, but the analyzer reports no error; declare the expected rule with expect="rule@line"',
          ],
        ];
  }
  const items = expect.kind === 'list' ? expect.items : [];
  return matchList(diagnostics, items, expect.kind === 'list' && expect.fails === true);
}

/** Each listed diagnostic is reported (as an error when the example is marked broken); no other error is. */
function matchList(
  diagnostics: readonly Diagnostic[],
  items: readonly Expectation[],
  fails: boolean,
): Array<[number, string]> {
  const problems: Array<[number, string]> = [];
  const used = new Set<Diagnostic>();
  for (const item of items) {
    const where = item.line === undefined ? '' : ` at line ${item.line}`;
    const hit = diagnostics.find(
      (d) =>
        !used.has(d) && d.rule === item.rule && (item.line === undefined || d.line === item.line),
    );
    if (hit) {
      used.add(hit);
      if (fails && hit.severity !== 'error') {
        problems.push([
          hit.line,
          `marked broken, so ${item.rule}${where} must fail the build, but the analyzer reports ${describe(hit)}`,
        ]);
      }
      continue;
    }
    const sameRule = diagnostics.filter((d) => d.rule === item.rule).map((d) => d.line);
    const found = sameRule.length
      ? `it reports ${item.rule} at line ${sameRule.join(', ')}`
      : `it reports ${diagnostics.length ? diagnostics.map(describe).join('; ') : 'nothing'}`;
    problems.push([item.line ?? 0, `expected ${item.rule}${where}, but ${found}`]);
  }
  for (const d of diagnostics) {
    if (d.severity === 'error' && !used.has(d)) {
      problems.push([
        d.line,
        `unexpected error ${describe(d)}; fix the example or declare it in expect=`,
      ]);
    }
  }
  return problems;
}

/** The route patterns of an app folder: one array of segments per page (`[x]` = any value). */
export function appRoutes(appDir: string): string[][] {
  const routes: string[][] = [];
  const walk = (dir: string, segments: string[]) => {
    if (!fs.existsSync(dir)) return;
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      if (entry.isDirectory()) {
        // Route groups `(x)` and private folders `_x` do not appear in the URL.
        if (entry.name.startsWith('_')) continue;
        const next = /^\(.*\)$/.test(entry.name) ? segments : [...segments, entry.name];
        walk(path.join(dir, entry.name), next);
      } else if (/^page\.(tsx|ts|jsx|js|mdx)$/.test(entry.name)) {
        routes.push(segments);
      }
    }
  };
  walk(appDir, []);
  return routes;
}

interface LinkContext {
  routes: string[][];
  lessons: Map<string, Lesson>;
  /** heading ids of the page the link sits on */
  ownAnchors: Set<string>;
}

/** Why an internal link is broken, or null when it resolves. External links are not checked. */
export function checkLink(url: string, ctx: LinkContext): string | null {
  if (/^[a-z][a-z0-9+.-]*:/i.test(url) || url.startsWith('//')) return null;
  if (url.startsWith('#')) {
    const anchor = decodeURIComponent(url.slice(1));
    return !anchor || ctx.ownAnchors.has(anchor)
      ? null
      : `no heading with id "${anchor}" on this page`;
  }
  if (!url.startsWith('/')) {
    return `relative link "${url}": link to pages with a root-relative URL such as /learn/<slug>/`;
  }
  const [pathPart = '', hash] = url.split('#', 2);
  const segments = pathPart.split('?')[0]!.split('/').filter(Boolean);
  if (segments[0] === 'learn' && segments.length === 2) {
    const lesson = ctx.lessons.get(segments[1]!);
    if (!lesson) return `no lesson with slug "${segments[1]}" (link ${url})`;
    if (hash && !lesson.headings.some((h) => h.id === decodeURIComponent(hash))) {
      return `lesson "${lesson.slug}" has no heading with id "${hash}"`;
    }
    return null;
  }
  const matches = ctx.routes.some(
    (route) =>
      route.length === segments.length &&
      route.every((seg, i) => seg === segments[i] || /^\[[^\].]+\]$/.test(seg)),
  );
  return matches ? null : `no page at ${pathPart} (link ${url})`;
}

function listFiles(dir: string, suffix: string): string[] {
  if (!fs.existsSync(dir)) return [];
  const out: string[] = [];
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) out.push(...listFiles(full, suffix));
    else if (entry.name.endsWith(suffix)) out.push(full);
  }
  return out.sort();
}

/**
 * Why a `<Playground>` tag cannot find its file, or null. Mirrors the component: the file is looked
 * up in the `lesson` attribute's folder, else it must exist in exactly one lesson folder (this one).
 */
function checkPlayground(
  ref: PlaygroundRef,
  ownDir: string,
  dirs: string[],
  lessonsDir: string,
): string | null {
  if (!ref.file) return 'needs a file="name.Dockerfile" attribute';
  if (!/^[A-Za-z0-9][\w.-]*\.Dockerfile$/.test(ref.file)) {
    return `file "${ref.file}" must be a name like starter.Dockerfile in the lesson folder`;
  }
  const file = ref.file;
  if (ref.lesson) {
    const folder = dirs.find((d) => d === ref.lesson || lessonSlug(d) === ref.lesson);
    if (!folder) return `lesson "${ref.lesson}" does not exist`;
    return fs.existsSync(path.join(lessonsDir, folder, file))
      ? null
      : `file "${file}" does not exist in ${displayPath(path.join(lessonsDir, folder))}`;
  }
  const holders = dirs.filter((d) => fs.existsSync(path.join(lessonsDir, d, file)));
  if (!holders.includes(ownDir)) {
    return `file "${file}" does not exist in ${displayPath(path.join(lessonsDir, ownDir))}`;
  }
  return holders.length > 1
    ? `file "${file}" exists in several lessons (${holders.join(', ')}); add lesson="<slug>"`
    : null;
}

function analyzeExample(code: string, build: BuildSpec = {}): Diagnostic[] {
  return analyze(code, analyzeOptionsFor(build)).diagnostics;
}

/** The build claims of every rule page under `root/rules`; invalid files add to `errors`. */
function ruleClaims(root: string, rules: readonly Rule[], errors: string[]): BuildClaim[] {
  const { examples, errors: fileErrors } = loadRuleExamples(path.join(root, 'rules'));
  errors.push(...fileErrors);
  const severity = new Map(rules.map((rule) => [rule.meta.id, rule.meta.severity]));
  // An example file that names no rule is the reference's coverage problem, not a claim to run.
  return examples.flatMap((example) => {
    const ruleSeverity = severity.get(example.id);
    return ruleSeverity ? ruleExampleClaims(example, ruleSeverity) : [];
  });
}

/** Runs every content check over a content folder; never throws on bad content. */
export function runContentCheck(options: ContentCheckOptions = {}): ContentCheckReport {
  const root = options.root ?? path.join(process.cwd(), 'content');
  const appDir = options.appDir ?? path.join(process.cwd(), 'app');
  const lessonsDir = path.join(root, 'lessons');
  const errors: string[] = [];
  const counts: ContentCheckCounts = {
    lessons: 0,
    quizzes: 0,
    questions: 0,
    codeBlocks: 0,
    dockerfiles: 0,
    links: 0,
    playgrounds: 0,
    ruleExamples: 0,
    claims: 0,
  };

  const lessonResult = checkLessons(lessonsDir);
  errors.push(...lessonResult.errors);
  counts.lessons = lessonResult.lessons.length;
  const lessons = new Map(lessonResult.lessons.map((l) => [l.slug, l]));

  const quizResult = checkQuizzes(root);
  errors.push(...quizResult.errors);
  counts.quizzes = quizResult.quizzes.length;
  counts.questions = quizResult.quizzes.reduce((n, q) => n + q.questions.length, 0);
  const claims = [
    ...quizResult.claims,
    ...ruleClaims(root, options.rules ?? analyzerRules, errors),
  ];
  counts.ruleExamples = claims.filter((c) => c.subject.startsWith('the bad example')).length;
  counts.claims = claims.length;
  for (const claim of claims) errors.push(...checkClaim(claim));

  const routes = appRoutes(appDir);
  // Lesson folders whose frontmatter failed still get their examples and links checked.
  const dirs = fs.existsSync(lessonsDir)
    ? fs
        .readdirSync(lessonsDir, { withFileTypes: true })
        .filter((e) => e.isDirectory())
        .map((e) => e.name)
        .sort()
    : [];
  for (const dir of dirs) {
    const file = path.join(lessonsDir, dir, 'index.mdx');
    if (!fs.existsSync(file)) continue;
    const shown = displayPath(file);
    const text = fs.readFileSync(file, 'utf8');
    const scan = scanMdx(text);
    if (scan.syntaxError) {
      // Nothing after a syntax error was read, so the lesson's other checks would only mislead.
      errors.push(`${shown}:${scan.syntaxError.line}: invalid MDX: ${scan.syntaxError.message}`);
      continue;
    }
    const own = [...lessons.values()].find((l) => l.dir === dir);
    const ctx: LinkContext = {
      routes,
      lessons,
      ownAnchors: new Set(own?.headings.map((h) => h.id) ?? []),
    };

    for (const fence of scan.fences) {
      if (fence.lang !== 'dockerfile') continue;
      counts.codeBlocks += 1;
      const info = parseFenceMeta(fence.meta);
      for (const message of info.errors) errors.push(`${shown}:${fence.line}: ${message}`);
      if (info.errors.length) continue;
      const problems = matchExpectations(
        analyzeExample(fence.code, { target: info.target, buildArgs: info.buildArgs }),
        info.expect,
      );
      for (const [line, message] of problems) {
        errors.push(`${shown}:${fence.line + (line || 0)}: ${message}`);
      }
    }
    for (const link of scan.links) {
      counts.links += 1;
      const problem = checkLink(link.url, ctx);
      if (problem) errors.push(`${shown}:${link.line}: broken link: ${problem}`);
    }
    // Every lesson ends with a practice set: a quiz.yaml shown by a <Quiz /> tag.
    const hasQuiz = fs.existsSync(path.join(lessonsDir, dir, 'quiz.yaml'));
    if (!hasQuiz) {
      errors.push(
        `${shown}:${scan.quizzes[0] ?? 1}: lesson has no practice set: add quiz.yaml beside index.mdx`,
      );
    } else if (!scan.quizzes.length) {
      errors.push(`${shown}:1: quiz.yaml is never shown: add <Quiz /> to the lesson`);
    }
    for (const ref of scan.playgrounds) {
      counts.playgrounds += 1;
      const problem = checkPlayground(ref, dir, dirs, lessonsDir);
      if (problem) errors.push(`${shown}:${ref.line}: <Playground> ${problem}`);
    }
  }

  // The editor links a diagnostic to its rule's lesson, so a docs slug must name a real lesson.
  for (const rule of options.rules ?? analyzerRules) {
    const docs = rule.meta.docs;
    if (!docs || /^[a-z][a-z0-9+.-]*:/i.test(docs)) continue;
    const slug = docs.replace(/^\/?(learn\/)?/, '').replace(/[/#].*$/, '');
    if (!lessons.has(slug)) {
      errors.push(
        `lib/analyzer/rules/${rule.meta.id}.ts:1: rule docs "${docs}" names no lesson (lessons: content/lessons/NN-slug)`,
      );
    }
  }

  for (const file of listFiles(root, '.Dockerfile')) {
    counts.dockerfiles += 1;
    const shown = displayPath(file);
    const text = fs.readFileSync(file, 'utf8');
    const declared = dockerfileExpect(text);
    for (const message of declared.errors) errors.push(`${shown}:${declared.line}: ${message}`);
    if (declared.errors.length) continue;
    for (const [line, message] of matchExpectations(analyzeExample(text), declared.expect)) {
      errors.push(`${shown}:${line || declared.line || 1}: ${message}`);
    }
  }

  return { errors, counts };
}

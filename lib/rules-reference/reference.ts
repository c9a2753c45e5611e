import { analyze } from '@/lib/analyzer';
import type { AnalyzeOptions, Rule, Severity } from '@/lib/analyzer';
import { analyzeOptionsFor } from '@/lib/content/build-spec';
import type { RuleExample } from './examples';

/** What each severity means to a learner, in the order the reference lists them. */
export const SEVERITIES: ReadonlyArray<{
  severity: Severity;
  label: string;
  heading: string;
  meaning: string;
}> = [
  {
    severity: 'error',
    label: 'Error',
    heading: 'Errors',
    meaning: 'BuildKit would fail the build (or pull an image that almost surely does not exist).',
  },
  {
    severity: 'warning',
    label: 'Warning',
    heading: 'Warnings',
    meaning: 'A BuildKit build check or a likely mistake: the build runs, but not as you meant.',
  },
  {
    severity: 'info',
    label: 'Teaching hint',
    heading: 'Teaching hints',
    meaning: 'Nothing is broken: a hint about how BuildKit builds this file or how to slim it.',
  },
];

/** One diagnostic the analyzer gives for a bad example, as the reference shows it. */
export interface ExampleDiagnostic {
  line: number;
  column: number;
  message: string;
  suggestion?: string;
}

export interface LessonRef {
  slug: string;
  title: string;
}

/** Everything a rule page shows, as plain serializable data. */
export interface RuleEntry {
  id: string;
  severity: Severity;
  /** the rule's one-line description, starting with a capital letter */
  description: string;
  buildkit?: string;
  hadolint?: string;
  /** paragraphs of the example file's `why` */
  why: string[];
  target?: string;
  /** the `.dockerignore` the examples are analyzed with */
  dockerignore?: string;
  bad?: { code: string; diagnostics: ExampleDiagnostic[] };
  good?: { code: string };
  /** the upstream documentation page, when the rule's docs is an https URL */
  upstream?: { href: string; label: string };
  /** the related lesson, when the rule's docs names a published lesson */
  lesson?: { href: string; title: string };
}

/** `description` with its first letter capitalized, so lists read as sentences. */
export function sentence(description: string): string {
  return description.charAt(0).toUpperCase() + description.slice(1);
}

/** A label for an upstream docs URL that says whose page it is. */
export function upstreamLabel(url: string): string {
  const u = new URL(url);
  const last = u.pathname.split('/').filter(Boolean).pop() ?? '';
  if (u.hostname === 'github.com' && u.pathname.startsWith('/hadolint/')) {
    return `hadolint wiki: ${last}`;
  }
  if (u.hostname === 'docs.docker.com' && u.pathname.startsWith('/go/dockerfile/rule/')) {
    return 'Docker docs: build check';
  }
  if (u.hostname === 'docs.docker.com') {
    return u.hash ? `Dockerfile reference: ${u.hash.slice(1)}` : 'Dockerfile reference';
  }
  return u.hostname;
}

/** Splits `docs` (an https URL or a lesson slug) into the links a rule page shows. */
export function docsLinks(
  docs: string | undefined,
  lessons: readonly LessonRef[],
): Pick<RuleEntry, 'upstream' | 'lesson'> {
  if (!docs) return {};
  if (docs.startsWith('https://')) return { upstream: { href: docs, label: upstreamLabel(docs) } };
  const lesson = lessons.find((l) => l.slug === docs);
  // a lesson that is not published yet gets no link rather than a dead one
  return lesson ? { lesson: { href: `/learn/${lesson.slug}/`, title: lesson.title } } : {};
}

/** The analyzer options both of an example's Dockerfiles are analyzed with. */
export function exampleOptions(
  example: Pick<RuleExample, 'build' | 'dockerignore'>,
): AnalyzeOptions {
  const options: AnalyzeOptions = analyzeOptionsFor(example.build);
  if (example.dockerignore) options.dockerignore = example.dockerignore;
  return options;
}

/** The diagnostics `ruleId` gives for `code`, computed by the real analyzer. */
export function diagnosticsFor(
  ruleId: string,
  code: string,
  options: AnalyzeOptions = {},
): ExampleDiagnostic[] {
  return analyze(code, options)
    .diagnostics.filter((d) => d.rule === ruleId)
    .map(({ line, column, message, suggestion }) =>
      suggestion === undefined ? { line, column, message } : { line, column, message, suggestion },
    );
}

/** `code` with every line over `max` characters cut short and marked, for display only. */
export function shortenLongLines(code: string, max = 120): string {
  return code
    .split('\n')
    .map((line) =>
      line.length <= max
        ? line
        : `${line.slice(0, max - 40)}… [${(line.length - (max - 40)).toLocaleString('en-US')} more characters]`,
    )
    .join('\n');
}

/** Paragraphs of plain text separated by blank lines, each joined onto one line. */
export function paragraphs(text: string | undefined): string[] {
  if (!text) return [];
  return text
    .split(/\n\s*\n/)
    .map((p) => p.replace(/\s+/g, ' ').trim())
    .filter(Boolean);
}

/** A rule page's data: the rule's meta, its examples (bad analyzed now) and its links. */
export function buildRuleEntry(
  rule: Rule,
  example: RuleExample | undefined,
  lessons: readonly LessonRef[],
): RuleEntry {
  const { id, severity, description, buildkit, hadolint, docs } = rule.meta;
  const entry: RuleEntry = {
    id,
    severity,
    description: sentence(description),
    why: paragraphs(example?.why),
    ...docsLinks(docs, lessons),
  };
  if (buildkit) entry.buildkit = buildkit;
  if (hadolint) entry.hadolint = hadolint;
  if (example) {
    if (example.build.target) entry.target = example.build.target;
    if (example.dockerignore) entry.dockerignore = example.dockerignore;
    // analyzed in full, shown shortened: a 64 KiB line helps no reader
    const diagnostics = diagnosticsFor(id, example.bad, exampleOptions(example));
    entry.bad = { code: shortenLongLines(example.bad), diagnostics };
    entry.good = { code: shortenLongLines(example.good) };
  }
  return entry;
}

/** Entries grouped by severity (errors, warnings, hints), each group sorted by id; empty groups dropped. */
export function groupBySeverity<T extends { id: string; severity: Severity }>(
  entries: readonly T[],
): Array<(typeof SEVERITIES)[number] & { entries: T[] }> {
  return SEVERITIES.map((s) => ({
    ...s,
    entries: entries
      .filter((e) => e.severity === s.severity)
      .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)),
  })).filter((g) => g.entries.length > 0);
}

/** Rules with no example file and example files that name no rule, as messages. */
export function coverageProblems(
  ruleIds: readonly string[],
  examples: readonly Pick<RuleExample, 'id' | 'file'>[],
): string[] {
  const known = new Set(ruleIds);
  const documented = new Set(examples.map((e) => e.id));
  return [
    ...ruleIds
      .filter((id) => !documented.has(id))
      .map(
        (id) =>
          `content/rules/${id}.yaml:1: missing: rule ${id} needs a reference entry (bad and good examples)`,
      ),
    ...examples
      .filter((e) => !known.has(e.id))
      .map((e) => `${e.file}:1: no rule with id "${e.id}" in lib/analyzer/rules`),
  ];
}

import fs from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { buildSpecSchema, resolveBuildSpec, type BuildSpec } from '@/lib/content/build-spec';
import { displayPath } from '@/lib/content/lessons';
import { parseLocatedYaml } from '@/lib/content/located-yaml';

// Server-only: loadRuleExamples reads the file system. parseRuleExample is pure.

/** What `content/rules/<rule-id>.yaml` holds. Unknown keys are errors. */
export const ruleExampleSchema = z
  .object({
    /** plain text; blank lines separate paragraphs */
    why: z.string().trim().min(1, 'must not be empty').optional(),
    /** how both examples are built: `default` (the last stage) or `{ target, build-args }` */
    build: buildSpecSchema.optional(),
    /** the build context's `.dockerignore` for both examples, for rules that read it */
    dockerignore: z.string().trim().min(1, 'must not be empty').optional(),
    bad: z.string().trim().min(1, 'must not be empty'),
    good: z.string().trim().min(1, 'must not be empty'),
  })
  .strict();

/** A rule's examples, keyed by the rule id its file is named after. */
export interface RuleExample extends Omit<z.infer<typeof ruleExampleSchema>, 'build'> {
  id: string;
  /** path as written in error messages */
  file: string;
  /** the build both examples claim their behaviour under; `{}` is a plain `docker build .` */
  build: BuildSpec;
  /** 1-based lines of the `bad` and `good` keys, where a false claim is reported */
  lines: { bad: number; good: number };
}

export type RuleExampleResult =
  { ok: true; example: RuleExample } | { ok: false; errors: string[] };

const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** `file:line: message` strings in line order (stable for equal lines). */
function byLine(errors: string[]): string[] {
  const line = (e: string) => Number(/:(\d+): /.exec(e)?.[1] ?? 0);
  return errors.slice().sort((a, b) => line(a) - line(b));
}

/** The default examples folder: `content/rules` under the working directory (the project root). */
export function defaultRuleExamplesDir(): string {
  return path.join(process.cwd(), 'content', 'rules');
}

/** Validates one `<rule-id>.yaml`; errors read `file:line: message`. Never throws. */
export function parseRuleExample(file: string, text: string): RuleExampleResult {
  const shown = displayPath(file);
  const id = path.basename(file).replace(/\.ya?ml$/, '');
  const errors: string[] = [];
  const at = (line: number, message: string) => errors.push(`${shown}:${line}: ${message}`);
  if (!ID.test(id)) at(1, `file name "${id}" must be a rule id (lowercase words and hyphens)`);

  const yaml = parseLocatedYaml(text, { fallbackLine: 1 });
  for (const [line, message] of yaml.syntaxErrors) at(line, `invalid YAML: ${message}`);
  if (yaml.syntaxErrors.length) return { ok: false, errors };
  const lineOfKey = (key: PropertyKey | undefined) => (key === undefined ? 1 : yaml.lineOf([key]));

  const data = yaml.data;
  const parsed = ruleExampleSchema.safeParse(data ?? {});
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      if (issue.code === 'unrecognized_keys') {
        for (const key of issue.keys) {
          const where = [...issue.path, key].map(String).join('.');
          // `target:` moved under `build:` with build-args; say so rather than only "unknown"
          const moved = where === 'target' ? ': write build: { target: NAME }' : '';
          at(yaml.lineOf([...issue.path, key]), `${where}: unknown field${moved}`);
        }
        continue;
      }
      const key = issue.path[0];
      const missing =
        issue.code === 'invalid_type' &&
        key !== undefined &&
        (data as Record<PropertyKey, unknown> | null)?.[key] === undefined;
      const where = issue.path.map(String).join('.') || 'file';
      at(yaml.lineOf(issue.path), `${where}: ${missing ? 'is required' : issue.message}`);
    }
  }
  if (errors.length || !parsed.success) return { ok: false, errors: byLine(errors) };
  const { build, ...examples } = parsed.data;
  const lines = { bad: lineOfKey('bad'), good: lineOfKey('good') };
  return {
    ok: true,
    example: { ...examples, id, file: shown, build: resolveBuildSpec(build), lines },
  };
}

/** Every `*.yaml` under `dir`, sorted by id, with all errors (a missing folder is no error). */
export function loadRuleExamples(dir: string = defaultRuleExamplesDir()): {
  examples: RuleExample[];
  errors: string[];
} {
  const examples: RuleExample[] = [];
  const errors: string[] = [];
  if (!fs.existsSync(dir)) return { examples, errors };
  const files = fs
    .readdirSync(dir)
    .filter((name) => /\.ya?ml$/.test(name))
    .sort();
  for (const name of files) {
    const file = path.join(dir, name);
    const result = parseRuleExample(file, fs.readFileSync(file, 'utf8'));
    if (result.ok) examples.push(result.example);
    else errors.push(...result.errors);
  }
  return { examples, errors };
}

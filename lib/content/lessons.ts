import fs from 'node:fs';
import path from 'node:path';
import { parseFrontmatter } from './frontmatter';
import { extractHeadings, readingMinutes, type Heading } from './headings';
import { lessonFrontmatterSchema, type LessonFrontmatter } from './lesson-schema';
import { MODULES, type CourseModule } from './modules';

// Server-only: this module reads the file system. Client code receives plain lesson data as props.

/** A validated lesson: its frontmatter plus what the site derives from the folder and the body. */
export interface Lesson extends LessonFrontmatter {
  /** URL slug: the folder name without its number (`01-why-multi-stage` → `why-multi-stage`) */
  slug: string;
  /** folder name under content/lessons, e.g. `01-why-multi-stage` */
  dir: string;
  /** the folder's number; lessons are ordered by it */
  order: number;
  /** path of index.mdx as written in error messages (relative to the project when inside it) */
  file: string;
  /** `##`/`###` headings for the table of contents */
  headings: Heading[];
  readingMinutes: number;
  /** MDX body after the frontmatter, and the file line it starts on */
  body: string;
  bodyLine: number;
}

export type LessonResult = { ok: true; lesson: Lesson } | { ok: false; errors: string[] };

/** Thrown by `loadLessons` when any lesson is invalid; `errors` are `file:line: message` lines. */
export class ContentError extends Error {
  constructor(readonly errors: string[]) {
    super(`Invalid course content:\n${errors.join('\n')}`);
    this.name = 'ContentError';
  }
}

const DIR_PATTERN = /^(\d+)-([a-z0-9]+(?:-[a-z0-9]+)*)$/;

/** The default lessons folder: `content/lessons` under the working directory (the project root). */
export function defaultLessonsDir(): string {
  return path.join(process.cwd(), 'content', 'lessons');
}

/** The URL slug of a lesson folder name (`01-why-multi-stage` → `why-multi-stage`), or null. */
export function lessonSlug(dirName: string): string | null {
  return DIR_PATTERN.exec(dirName)?.[2] ?? null;
}

/** `file` as shown in messages: relative to the working directory when it lies inside it. */
export function displayPath(file: string): string {
  const rel = path.relative(process.cwd(), file);
  return rel && !rel.startsWith('..') && !path.isAbsolute(rel) ? rel : file;
}

function valueAt(data: unknown, keys: readonly PropertyKey[]): unknown {
  let value = data;
  for (const key of keys) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<PropertyKey, unknown>)[key];
  }
  return value;
}

function describe(issue: { code: string; message: string }, value: unknown): string {
  if (issue.code === 'invalid_type' && value === undefined) return 'is required';
  return issue.message.charAt(0).toLowerCase() + issue.message.slice(1);
}

/** Validates one lesson file's text; `file` is `…/NN-slug/index.mdx`. Never throws. */
export function validateLesson(file: string, text: string): LessonResult {
  const shown = displayPath(file);
  const dir = path.basename(path.dirname(file));
  const errors: string[] = [];
  const at = (line: number, message: string) => errors.push(`${shown}:${line}: ${message}`);

  const dirMatch = DIR_PATTERN.exec(dir);
  if (!dirMatch) {
    at(1, `lesson folder "${dir}" must be named NN-slug (digits, a hyphen, lowercase words)`);
  }

  const fm = parseFrontmatter(text);
  if (!fm) {
    at(1, 'missing frontmatter: the file must start with a `---` line and close it with another');
    return { ok: false, errors };
  }
  for (const [line, message] of fm.syntaxErrors) at(line, `invalid YAML: ${message}`);
  if (fm.syntaxErrors.length) return { ok: false, errors };

  const parsed = lessonFrontmatterSchema.safeParse(fm.data ?? {});
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      if (issue.code === 'unrecognized_keys') {
        for (const key of issue.keys) at(fm.lineOf([key]), `${key}: unknown field`);
        continue;
      }
      const field = issue.path.map(String).join('.') || 'frontmatter';
      at(fm.lineOf(issue.path), `${field}: ${describe(issue, valueAt(fm.data, issue.path))}`);
    }
  }

  const headings = extractHeadings(fm.body, fm.bodyLine);
  const seen = new Map<string, number>();
  for (const h of headings) {
    const first = seen.get(h.id);
    if (first !== undefined) {
      at(
        h.line,
        `duplicate heading "${h.text}" (same anchor as line ${first}); headings must differ`,
      );
    } else seen.set(h.id, h.line);
  }

  if (errors.length || !parsed.success || !dirMatch?.[1] || !dirMatch[2]) {
    return { ok: false, errors };
  }
  return {
    ok: true,
    lesson: {
      ...parsed.data,
      slug: dirMatch[2],
      dir,
      order: Number(dirMatch[1]),
      file: shown,
      headings,
      readingMinutes: readingMinutes(fm.body),
      body: fm.body,
      bodyLine: fm.bodyLine,
    },
  };
}

/** Validates every lesson under `dir` and their relations; returns lessons in order and all errors. */
export function checkContent(dir: string = defaultLessonsDir()): {
  lessons: Lesson[];
  errors: string[];
} {
  const errors: string[] = [];
  const lessons: Lesson[] = [];
  if (!fs.existsSync(dir))
    return { lessons, errors: [`${displayPath(dir)}:1: lessons folder not found`] };

  const entries = fs
    .readdirSync(dir, { withFileTypes: true })
    .filter((e) => e.isDirectory())
    .map((e) => e.name)
    .sort();
  for (const name of entries) {
    const file = path.join(dir, name, 'index.mdx');
    if (!fs.existsSync(file)) {
      errors.push(`${displayPath(file)}:1: missing index.mdx in lesson folder "${name}"`);
      continue;
    }
    const result = validateLesson(file, fs.readFileSync(file, 'utf8'));
    if (result.ok) lessons.push(result.lesson);
    else errors.push(...result.errors);
  }

  lessons.sort((a, b) => a.order - b.order || a.dir.localeCompare(b.dir));
  const byOrder = new Map<number, Lesson>();
  const bySlug = new Map<string, Lesson>();
  for (const lesson of lessons) {
    const sameOrder = byOrder.get(lesson.order);
    if (sameOrder) {
      errors.push(
        `${lesson.file}:1: lesson number ${lesson.order} is also used by ${sameOrder.file}`,
      );
    } else byOrder.set(lesson.order, lesson);
    const sameSlug = bySlug.get(lesson.slug);
    if (sameSlug) {
      errors.push(`${lesson.file}:1: slug "${lesson.slug}" is also used by ${sameSlug.file}`);
    } else bySlug.set(lesson.slug, lesson);
  }
  return { lessons, errors };
}

/** Every lesson in course order; throws `ContentError` (failing the build) if any is invalid. */
export function loadLessons(dir: string = defaultLessonsDir()): Lesson[] {
  const { lessons, errors } = checkContent(dir);
  if (errors.length) throw new ContentError(errors);
  return lessons;
}

/** The lesson with this URL slug, or undefined. */
export function getLesson(slug: string, dir?: string): Lesson | undefined {
  return loadLessons(dir).find((l) => l.slug === slug);
}

/** The lessons before and after `slug` in course order. */
export function getAdjacentLessons(
  slug: string,
  dir?: string,
): { prev: Lesson | undefined; next: Lesson | undefined } {
  const lessons = loadLessons(dir);
  const i = lessons.findIndex((l) => l.slug === slug);
  return i < 0
    ? { prev: undefined, next: undefined }
    : { prev: lessons[i - 1], next: lessons[i + 1] };
}

export interface CourseMapModule extends CourseModule {
  lessons: Lesson[];
}

/** Modules in teaching order, each with its lessons in course order (modules may be empty). */
export function getCourseMap(dir?: string): CourseMapModule[] {
  const lessons = loadLessons(dir);
  return MODULES.map((m) => ({ ...m, lessons: lessons.filter((l) => l.module === m.id) }));
}

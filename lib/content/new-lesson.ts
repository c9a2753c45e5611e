import fs from 'node:fs';
import path from 'node:path';
import { parseFrontmatter } from './frontmatter';
import { slugify } from './headings';
import { displayPath, lessonSlug } from './lessons';
import { MODULE_IDS, type ModuleId } from './modules';

// prettier is a dev dependency, like this scaffolder: it formats the quiz so `npm test` passes.
import prettier from 'prettier';

/**
 * The scaffolder behind `npm run new:lesson -- "Title"`: the next-numbered lesson folder with valid
 * frontmatter, a one-question quiz and a starter Dockerfile that all pass `npm run content:check`.
 * Server-only: writes to the file system.
 */

export interface NewLessonOptions {
  title: string;
  /** the lessons folder (default: ./content/lessons) */
  lessonsDir?: string;
  /** module id; defaults to the module of the last lesson, else the first module */
  module?: string;
}

export type NewLessonResult =
  { ok: true; dir: string; slug: string; files: string[] } | { ok: false; error: string };

interface ExistingLesson {
  dir: string;
  order: number;
  slug: string;
}

function existingLessons(lessonsDir: string): ExistingLesson[] {
  if (!fs.existsSync(lessonsDir)) return [];
  return fs
    .readdirSync(lessonsDir, { withFileTypes: true })
    .filter((e) => e.isDirectory())
    .flatMap((e) => {
      const slug = lessonSlug(e.name);
      const order = Number(/^(\d+)-/.exec(e.name)?.[1]);
      return slug && Number.isFinite(order) ? [{ dir: e.name, order, slug }] : [];
    })
    .sort((a, b) => a.order - b.order);
}

function moduleOf(lessonsDir: string, lesson: ExistingLesson | undefined): ModuleId {
  if (!lesson) return MODULE_IDS[0];
  const file = path.join(lessonsDir, lesson.dir, 'index.mdx');
  const data = fs.existsSync(file) ? parseFrontmatter(fs.readFileSync(file, 'utf8'))?.data : null;
  const module = (data as { module?: unknown } | null | undefined)?.module;
  return MODULE_IDS.find((id) => id === module) ?? MODULE_IDS[0];
}

// JSON strings are valid YAML double-quoted scalars, so any title is safe in frontmatter.
const yamlString = (value: string) => JSON.stringify(value);

function lessonMdx(title: string, module: ModuleId, slug: string, previous?: ExistingLesson) {
  const back = previous ? `\nIt builds on [the previous lesson](/learn/${previous.slug}/).\n` : '';
  return `---
title: ${yamlString(title)}
summary: ${yamlString(`One sentence on what learners get from "${title}".`)}
objectives:
  - Replace this with what a learner can do after the lesson
minutes: 10
module: ${module}
sources:
  - https://docs.docker.com/build/building/multi-stage/ — replace with the pages and files that back this lesson's facts
---

Introduce the idea in two or three sentences: the problem first, then the tool that solves it.
${back}
## The idea

Explain one concept per section. Every \`dockerfile\` code block is run through the analyzer by
\`npm run content:check\`; declare what it should report with \`expect=\` (see AUTHORING.md).

\`\`\`dockerfile expect=clean
FROM golang:1.22 AS build
WORKDIR /src
COPY . .
RUN CGO_ENABLED=0 go build -o /out/app .

FROM gcr.io/distroless/static-debian12:nonroot
COPY --from=build /out/app /app
ENTRYPOINT ["/app"]
\`\`\`

## Exercise

Describe what the learner should change in the editor below.

<Playground file="starter.Dockerfile" lesson="${slug}" />

<Quiz />
`;
}

function quizYaml(title: string, slug: string) {
  return `title: ${yamlString(`Practice — ${title}`)}
mode: practice
questions:
  - id: ${slug}-check
    difficulty: easy
    type: single
    prompt: |
      Replace this with a question about "${title.replace(/"/g, "'")}". Which stage does a plain
      \`docker build\` produce?
    options:
      - text: The last stage in the Dockerfile
        correct: true
        feedback: Without --target, the last stage is the image.
      - text: The first stage in the Dockerfile
        feedback: The first stage is usually a builder that is thrown away.
    hint: Look at the last FROM.
    solution:
      - A build produces its target stage.
      - Without --target, the target is the last stage.
    tags: [starter]
`;
}

const STARTER = `# The learner's starting point for this lesson's exercise.
FROM golang:1.22 AS build
WORKDIR /src
COPY . .
RUN CGO_ENABLED=0 go build -o /out/app .

FROM alpine:3.20
COPY --from=build /out/app /usr/local/bin/app
ENTRYPOINT ["/usr/local/bin/app"]
`;

/** Formats YAML with the project's prettier config, so `prettier --check` accepts it as written. */
async function formatYaml(text: string, file: string): Promise<string> {
  // The project's config, even when the lessons folder lives elsewhere (tests, LESSONS_DIR).
  const config = await prettier.resolveConfig(path.join(process.cwd(), 'content', 'quiz.yaml'));
  return prettier.format(text, { ...config, filepath: file });
}

/** Scaffolds the next lesson folder for `title`; refuses a slug that already exists. */
export async function createLesson(options: NewLessonOptions): Promise<NewLessonResult> {
  const title = options.title.trim();
  const lessonsDir = options.lessonsDir ?? path.join(process.cwd(), 'content', 'lessons');
  const slug = slugify(title);
  if (!title || !slug) {
    return {
      ok: false,
      error: 'give the lesson a title with letters or digits, e.g. "Build secrets"',
    };
  }
  if (options.module !== undefined && !MODULE_IDS.some((id) => id === options.module)) {
    return {
      ok: false,
      error: `unknown module "${options.module}"; use one of ${MODULE_IDS.join(', ')}`,
    };
  }
  const lessons = existingLessons(lessonsDir);
  const clash = lessons.find((l) => l.slug === slug);
  if (clash) {
    return {
      ok: false,
      error: `a lesson with slug "${slug}" already exists: ${displayPath(path.join(lessonsDir, clash.dir))}`,
    };
  }
  const last = lessons[lessons.length - 1];
  const order = (last?.order ?? 0) + 1;
  const dirName = `${String(order).padStart(2, '0')}-${slug}`;
  const dir = path.join(lessonsDir, dirName);
  const module = (options.module as ModuleId | undefined) ?? moduleOf(lessonsDir, last);

  const files: Array<[string, string]> = [
    ['index.mdx', lessonMdx(title, module, slug, last)],
    ['quiz.yaml', await formatYaml(quizYaml(title, slug), path.join(dir, 'quiz.yaml'))],
    ['starter.Dockerfile', STARTER],
  ];
  fs.mkdirSync(dir, { recursive: true });
  for (const [name, text] of files) fs.writeFileSync(path.join(dir, name), text, { flag: 'wx' });
  return { ok: true, dir, slug, files: files.map(([name]) => path.join(dir, name)) };
}

/**
 * `npm run new:lesson -- "Title" [--module ID]`: scaffolds the next lesson folder.
 * The lessons folder is $LESSONS_DIR, else ./content/lessons.
 */
import path from 'node:path';
import { parseArgs } from 'node:util';
import { createLesson } from '@/lib/content/new-lesson';
import { displayPath } from '@/lib/content/lessons';

const USAGE =
  'usage: npm run new:lesson -- "Lesson title" [--module foundations|lean-secure|buildkit|at-scale]';

/** The title words and `--module`; a misspelt option is an error rather than part of the title. */
function readArguments(): { title: string; module: string | undefined } {
  try {
    const { values, positionals } = parseArgs({
      options: { module: { type: 'string' } },
      allowPositionals: true,
    });
    return { title: positionals.join(' '), module: values.module };
  } catch (error) {
    console.error(`new:lesson: ${error instanceof Error ? error.message : String(error)}`);
    console.error(USAGE);
    process.exit(2);
  }
}

const { title, module } = readArguments();
if (!title.trim()) {
  console.error(USAGE);
  process.exit(2);
}
const result = await createLesson({
  title,
  module,
  lessonsDir: process.env.LESSONS_DIR ? path.resolve(process.env.LESSONS_DIR) : undefined,
});
if (!result.ok) {
  console.error(`new:lesson: ${result.error}`);
  process.exit(1);
}
console.log(`Created lesson "${result.slug}" (URL /learn/${result.slug}/):`);
for (const file of result.files) console.log(`  ${displayPath(file)}`);
console.log('Next: edit the files, run `npm run dev` to preview and `npm run content:check`.');

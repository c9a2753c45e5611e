/**
 * `npm run new:lesson -- "Title" [--module ID]`: scaffolds the next lesson folder.
 * The lessons folder is $LESSONS_DIR, else ./content/lessons.
 */
import path from 'node:path';
import { createLesson } from '@/lib/content/new-lesson';
import { displayPath } from '@/lib/content/lessons';

const words: string[] = [];
let module: string | undefined;
const args = process.argv.slice(2);
for (let i = 0; i < args.length; i++) {
  if (args[i] === '--module') module = args[++i];
  else words.push(args[i]!);
}
const title = words.join(' ');

if (!title.trim()) {
  console.error(
    'usage: npm run new:lesson -- "Lesson title" [--module foundations|lean-secure|buildkit|at-scale]',
  );
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

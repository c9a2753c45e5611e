/**
 * `npm run content:check [-- CONTENT_DIR]`: validates every lesson, quiz, Dockerfile example,
 * internal link and Playground file. Prints `file:line: message` per problem; exit 1 on any.
 * The content folder comes from the first argument, else $CONTENT_DIR, else ./content.
 */
import path from 'node:path';
import { parseArgs } from 'node:util';
import { runContentCheck } from '@/lib/content/content-check';

/** The content folder argument; an option or a second folder is an error, not silently ignored. */
function readContentFolder(): string | undefined {
  try {
    const { positionals } = parseArgs({ allowPositionals: true, options: {} });
    if (positionals.length > 1) throw new Error(`one content folder, not also ${positionals[1]}`);
    return positionals[0];
  } catch (error) {
    console.error(`content:check: ${error instanceof Error ? error.message : String(error)}`);
    console.error('usage: npm run content:check [-- CONTENT_DIR]');
    process.exit(2);
  }
}

const root = path.resolve(readContentFolder() ?? process.env.CONTENT_DIR ?? 'content');
const report = runContentCheck({ root });
for (const error of report.errors) console.error(error);
const c = report.counts;
const summary =
  `${c.lessons} lessons, ${c.quizzes} quizzes (${c.questions} questions), ` +
  `${c.codeBlocks} Dockerfile code blocks, ${c.dockerfiles} *.Dockerfile files, ` +
  `${c.links} links, ${c.playgrounds} playgrounds, ${c.ruleExamples} rule pages, ` +
  `${c.claims} build claims`;
if (report.errors.length) {
  console.error(`content:check: ${report.errors.length} problem(s) in ${summary}`);
  process.exit(1);
}
console.log(`content:check: OK — ${summary}`);

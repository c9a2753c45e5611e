import { z } from 'zod';
import { MODULE_IDS } from './modules';

// A source is a web page (`https://…`) or a file in a public repository (`owner/repo:path`),
// optionally followed by ` — ` and what it supports, so a reader can check the fact themselves.
const SOURCE_PATTERN = /^(?:https:\/\/\S+|[\w.-]+\/[\w.-]+:[\w./-]+)(?: — .+)?$/;

/** One entry of a lesson's `sources:` list: a URL or `owner/repo:path`, then an optional note. */
export const lessonSourceSchema = z
  .string()
  .trim()
  .regex(
    SOURCE_PATTERN,
    'write a source as `https://…` or `owner/repo:path`, optionally followed by ` — what it supports`',
  );

/** Frontmatter every `content/lessons/NN-slug/index.mdx` must carry. Unknown keys are errors. */
export const lessonFrontmatterSchema = z
  .object({
    title: z.string().trim().min(1, 'must not be empty'),
    summary: z.string().trim().min(1, 'must not be empty').max(280, 'keep it under 280 characters'),
    objectives: z
      .array(z.string().trim().min(1, 'must not be empty'))
      .min(1, 'list at least one learning objective'),
    minutes: z.number().int('must be a whole number').positive('must be positive').max(240),
    module: z.enum(MODULE_IDS),
    sources: z
      .array(lessonSourceSchema)
      .min(1, 'list at least one source for the facts a reader might doubt'),
  })
  .strict();

export type LessonFrontmatter = z.infer<typeof lessonFrontmatterSchema>;

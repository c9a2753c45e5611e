import { z } from 'zod';
import { MODULE_IDS } from './modules';

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
  })
  .strict();

export type LessonFrontmatter = z.infer<typeof lessonFrontmatterSchema>;

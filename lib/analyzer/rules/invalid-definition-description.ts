import { defineRule } from '../types';
import { at } from './support/ranges';
import { argPairs } from './support/key-values';

/**
 * A comment right above a named FROM or an ARG should start with that name, so that tools can
 * show it as the description: mirrors BuildKit's experimental InvalidDefinitionDescription, which
 * runs only when `# check=experimental=InvalidDefinitionDescription` asks for it.
 */
export const invalidDefinitionDescription = defineRule({
  meta: {
    id: 'invalid-definition-description',
    severity: 'warning',
    description: 'A comment above FROM … AS name or ARG should start with that name',
    docs: 'https://docs.docker.com/go/dockerfile/rule/invalid-definition-description/',
    buildkit: 'InvalidDefinitionDescription',
    experimental: true,
  },
  check(ctx) {
    const commentAt = new Map<number, string>();
    for (const c of ctx.file.comments) commentAt.set(c.range.line, c.text);
    for (const ins of ctx.file.instructions) {
      let keys: string[];
      if (ins.keyword === 'ARG') keys = argPairs(ins).map((p) => p.key);
      else if (ins.keyword === 'FROM') {
        const stage = ctx.model.stages.find((s) => s.from === ins);
        keys = stage?.name ? [stage.name.toLowerCase()] : [];
      } else continue;
      // BuildKit looks at the last comment of the block directly above (no blank line between).
      const comment = commentAt.get(ins.range.line - 1);
      // an empty `#` ends the comment block in BuildKit's parser: nothing describes the line
      if (comment === undefined || comment.trim() === '' || keys.length === 0) continue;
      const first = comment.split(' ')[0];
      if (keys.includes(first!)) continue;
      const example = keys.length > 1 ? '<arg_key>' : keys[0];
      ctx.report(
        at(ins.keywordRange, {
          message: `Comment for ${ins.keyword} should follow the format: \`# ${example} <description>\``,
        }),
      );
    }
  },
});

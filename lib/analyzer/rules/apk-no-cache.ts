import { defineRule } from '../types';
import { at, fixAt } from './support/ranges';
import {
  afterWord,
  commandRange,
  hasScratchMount,
  imageRunTools,
  imageStages,
  runCommands,
  subcommand,
  TOOL_APK,
} from './support/shell-commands';

/**
 * `apk add` without `--no-cache` leaves the package index in the layer (size hint after hadolint
 * DL3019; only for stages that end up in the image).
 */
export const apkNoCache = defineRule({
  meta: {
    id: 'apk-no-cache',
    severity: 'info',
    description: 'Use apk add --no-cache so the package index is not stored in the image',
    docs: 'https://github.com/hadolint/hadolint/wiki/DL3019',
    hadolint: 'DL3019',
  },
  check(ctx) {
    if (!(imageRunTools(ctx) & TOOL_APK)) return;
    for (const stage of imageStages(ctx)) {
      for (const ins of stage.instructions) {
        if (ins.keyword !== 'RUN' || hasScratchMount(ctx.model, ins, '/var/cache/apk')) continue;
        for (const cmd of runCommands(ctx.model, ins)) {
          if (cmd.words[0]?.value !== 'apk') continue;
          const sub = subcommand(cmd.words, ['-X', '--repository', '-p', '--root']);
          if (sub?.word.value !== 'add') continue;
          if (cmd.words.some((w) => w.value === '--no-cache')) continue;
          ctx.report(
            at(commandRange(cmd.words, sub.word, ins.keywordRange), {
              message: 'apk add keeps its package index in the layer: use apk add --no-cache',
              fix: sub.word.range ? fixAt(afterWord(sub.word.range), ' --no-cache') : undefined,
            }),
          );
        }
      }
    }
  },
});

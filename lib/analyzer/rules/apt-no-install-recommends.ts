import { defineRule } from '../types';
import { at, fixAt } from './support/ranges';
import {
  afterWord,
  commandRange,
  imageRunTools,
  imageStages,
  runCommands,
  subcommand,
  TOOL_APT,
} from './support/shell-commands';

/**
 * `apt-get install` without `--no-install-recommends` pulls in recommended packages too (size
 * hint after hadolint DL3015; only for stages that end up in the image).
 */
export const aptNoInstallRecommends = defineRule({
  meta: {
    id: 'apt-no-install-recommends',
    severity: 'info',
    description: 'Use apt-get install --no-install-recommends to avoid extra packages',
    docs: 'https://github.com/hadolint/hadolint/wiki/DL3015',
    hadolint: 'DL3015',
  },
  check(ctx) {
    if (!(imageRunTools(ctx) & TOOL_APT)) return;
    for (const stage of imageStages(ctx)) {
      for (const ins of stage.instructions) {
        if (ins.keyword !== 'RUN') continue;
        for (const cmd of runCommands(ctx.model, ins)) {
          if (cmd.words[0]?.value !== 'apt-get') continue;
          const sub = subcommand(cmd.words, ['-o', '-c', '-t']);
          if (sub?.word.value !== 'install') continue;
          const values = cmd.words.map((w) => w.value);
          if (values.includes('--no-install-recommends')) continue;
          if (values.some((v) => /^APT::Install-Recommends=(false|0|no)$/i.test(v))) continue;
          ctx.report(
            at(commandRange(cmd.words, sub.word, ins.keywordRange), {
              message:
                'apt-get install also installs recommended packages: add --no-install-recommends to keep the image small',
              fix: sub.word.range
                ? fixAt(afterWord(sub.word.range), ' --no-install-recommends')
                : undefined,
            }),
          );
        }
      }
    }
  },
});

import { defineRule, type Instruction, type StageModel } from '../types';
import { at, fixAt } from './support/ranges';
import {
  afterWord,
  commandRange,
  hasScratchMount,
  imageRunTools,
  imageStages,
  runCommands,
  TOOL_PIP,
  type CommandWord,
} from './support/shell-commands';
import { envOrLabelPairs } from './support/key-values';

/** The `install` word of `pip install`, `pip3 install`, `python -m pip install`, … */
function pipInstall(words: CommandWord[]): CommandWord | null {
  const name = words[0]?.value ?? '';
  let i = 1;
  if (/^python[0-9.]*$/.test(name)) {
    if (words[1]?.value !== '-m' || !/^pip[0-9.]*$/.test(words[2]?.value ?? '')) return null;
    i = 3;
  } else if (!/^pip[0-9.]*$/.test(name)) {
    return null;
  }
  for (; i < words.length; i++) {
    const v = words[i]!.value;
    if (v.startsWith('-')) continue;
    return v === 'install' ? words[i]! : null;
  }
  return null;
}

function disablesCacheByEnv(model: StageModel, ins: Instruction): boolean {
  return (
    ins.keyword === 'ENV' &&
    envOrLabelPairs(model, ins).some(
      (p) => p.key === 'PIP_NO_CACHE_DIR' && !/^["']?(0|false|no|off)?["']?$/i.test(p.value ?? ''),
    )
  );
}

/**
 * `pip install` without `--no-cache-dir` stores downloaded wheels in the layer (size hint after
 * hadolint DL3042; only for stages that end up in the image).
 */
export const pipNoCacheDir = defineRule({
  meta: {
    id: 'pip-no-cache-dir',
    severity: 'info',
    description: 'Use pip install --no-cache-dir so the download cache is not stored in the image',
    docs: 'https://github.com/hadolint/hadolint/wiki/DL3042',
    hadolint: 'DL3042',
  },
  check(ctx) {
    if (!(imageRunTools(ctx) & TOOL_PIP)) return;
    let envDisabled = false;
    for (const stage of imageStages(ctx)) {
      for (const ins of stage.instructions) {
        if (disablesCacheByEnv(ctx.model, ins)) envDisabled = true;
        if (
          ins.keyword !== 'RUN' ||
          envDisabled ||
          hasScratchMount(ctx.model, ins, '/root/.cache/pip')
        ) {
          continue;
        }
        for (const cmd of runCommands(ctx.model, ins)) {
          const install = pipInstall(cmd.words);
          if (!install || cmd.words.some((w) => w.value === '--no-cache-dir')) continue;
          ctx.report(
            at(commandRange(cmd.words, install, ins.keywordRange), {
              message: 'pip keeps downloaded packages in its cache: use pip install --no-cache-dir',
              fix: install.range ? fixAt(afterWord(install.range), ' --no-cache-dir') : undefined,
            }),
          );
        }
      }
    }
  },
});

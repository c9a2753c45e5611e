import { defineRule, type Fix, type Instruction, type StageModel } from '../types';
import { at } from './support/ranges';
import {
  commandRange,
  hasScratchMount,
  imageRunTools,
  imageStages,
  runCommands,
  subcommand,
  TOOL_APT,
} from './support/shell-commands';

const APT = new Set(['apt-get', 'apt', 'aptitude']);
const APT_OPTIONS = ['-o', '-c', '-t'];

/**
 * `apt-get dist-clean` (or `distclean`): apt 2.7.8+ (Debian 13 trixie) deletes the lists but for
 * the Release files, which are small (Debian's trixie release announcement, 2025-08-09).
 */
const DIST_CLEAN = new Set(['dist-clean', 'distclean']);

function cleansLists(model: StageModel, ins: Instruction): boolean {
  return runCommands(model, ins).some((cmd) => {
    const program = cmd.words[0]?.value;
    if (program !== undefined && APT.has(program) && program !== 'aptitude') {
      const sub = subcommand(cmd.words, APT_OPTIONS);
      if (sub && DIST_CLEAN.has(sub.word.value)) return true;
    }
    return (
      program === 'rm' &&
      cmd.words.some((w) => /^-[a-zA-Z]*[rR]/.test(w.value)) &&
      cmd.words.some((w) => /^\/var\/lib\/apt\/lists\/?\*?$/.test(w.value))
    );
  });
}

/** `&& rm -rf /var/lib/apt/lists/*` appended to a shell-form RUN that ends cleanly. */
function appendCleanup(ins: Instruction, lines: string[], escape: string): Fix | undefined {
  if (ins.heredocs.length > 0 || ins.json !== null) return undefined;
  const line = ins.range.endLine;
  const text = (lines[line - 1] ?? '').replace(/[ \t]+$/, '');
  if (text.endsWith(escape) || /[;&|]$/.test(text)) return undefined;
  const column = text.length + 1;
  return {
    line,
    column,
    endLine: line,
    endColumn: column,
    text: ' && rm -rf /var/lib/apt/lists/*',
  };
}

/**
 * `apt-get update` leaves package lists in the layer unless the same RUN deletes them (size hint
 * after hadolint DL3009; only for stages that end up in the image).
 */
export const aptListsNotCleaned = defineRule({
  meta: {
    id: 'apt-lists-not-cleaned',
    severity: 'info',
    description: 'Delete /var/lib/apt/lists in the RUN that runs apt-get update',
    docs: 'https://github.com/hadolint/hadolint/wiki/DL3009',
    hadolint: 'DL3009',
  },
  check(ctx) {
    if (!(imageRunTools(ctx) & TOOL_APT)) return;
    for (const stage of imageStages(ctx)) {
      for (const ins of stage.instructions) {
        if (ins.keyword !== 'RUN') continue;
        const update = runCommands(ctx.model, ins)
          .map((cmd) => ({
            cmd,
            sub: APT.has(cmd.words[0]!.value) ? subcommand(cmd.words, APT_OPTIONS) : null,
          }))
          .find((c) => c.sub?.word.value === 'update');
        if (!update?.sub) continue;
        if (
          hasScratchMount(ctx.model, ins, '/var/lib/apt/lists') ||
          (hasScratchMount(ctx.model, ins, '/var/lib/apt') &&
            hasScratchMount(ctx.model, ins, '/var/cache/apt'))
        ) {
          continue;
        }
        if (cleansLists(ctx.model, ins)) continue;
        ctx.report(
          at(commandRange(update.cmd.words, update.sub.word, ins.keywordRange), {
            message:
              'The apt package lists stay in this layer: delete /var/lib/apt/lists/* (or run apt-get dist-clean on apt 2.7.8+, Debian 13) in the same RUN after installing',
            fix: appendCleanup(ins, ctx.file.lines, ctx.file.escape),
          }),
        );
      }
    }
  },
});

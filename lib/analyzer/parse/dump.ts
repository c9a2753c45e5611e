/**
 * BuildKit's `Node.Dump()` s-expression format, rebuilt from the parsed model so the parser can
 * be checked against BuildKit's own parser test results.
 */
import type { Dockerfile, Instruction } from '../types';
import { KNOWN_INSTRUCTIONS } from './parse';
import {
  CH_BACKTICK,
  isSpace,
  goQuote,
  nameValues,
  NOT_STRINGS,
  parseJsonArray,
  splitTokenSpace,
  wordSpans,
} from './scan';

function maybeJson(text: string): string[] {
  if (text === '') return [];
  const json = parseJsonArray(text);
  if (json === NOT_STRINGS) return [];
  return json ?? [text];
}

function maybeJsonToList(text: string): string[] {
  const json = parseJsonArray(text);
  if (json === NOT_STRINGS) return [];
  if (json) return json;
  return text === '' ? [] : splitTokenSpace(text);
}

/** The values of an instruction's `Next` chain, per BuildKit's dispatch table. */
function nextValues(inst: Instruction, esc: number): string[] {
  const text = inst.text;
  const kw = inst.keyword.toLowerCase();
  if (!KNOWN_INSTRUCTIONS.has(kw)) return [''];
  switch (kw) {
    case 'run':
    case 'cmd':
    case 'entrypoint':
    case 'shell':
      return maybeJson(text);
    case 'add':
    case 'copy':
    case 'volume':
      return maybeJsonToList(text);
    case 'expose':
    case 'from':
      return text === '' ? [] : splitTokenSpace(text);
    case 'arg': {
      const spans = wordSpans(text, 0, text.length, esc);
      const out: string[] = [];
      for (let k = 0; k < spans.length; k += 2) out.push(text.slice(spans[k], spans[k + 1]));
      return out;
    }
    case 'env':
    case 'label': {
      const nv = nameValues(inst.keyword, text, esc);
      return 'values' in nv ? nv.values : [];
    }
    case 'healthcheck': {
      let sep = 0;
      while (sep < text.length && !isSpace(text.charCodeAt(sep))) sep++;
      if (sep === 0) return [];
      let next = sep;
      while (next < text.length && isSpace(text.charCodeAt(next))) next++;
      return [text.slice(0, sep), ...maybeJson(text.slice(next))];
    }
    default:
      return text === '' ? [] : [text];
  }
}

function dumpNode(inst: Instruction, esc: number): string {
  let str = inst.keywordRaw.toLowerCase();
  if (inst.flags.length > 0) {
    const words = inst.flags.map((f) =>
      goQuote(f.value === null ? `--${f.name}` : `--${f.name}=${f.value}`),
    );
    str += ` [${words.join(' ')}]`;
  }
  if (inst.keyword === 'ONBUILD') {
    if (inst.onbuild) str += ` (${dumpNode(inst.onbuild, esc)})`;
  } else {
    for (const v of nextValues(inst, esc)) str += ' ' + goQuote(v);
  }
  return str.trim();
}

/** The parse tree in BuildKit's `AST.Dump()` format (its parser tests append one "\n"). */
export function dump(file: Dockerfile): string {
  const esc = file.escape === '`' ? CH_BACKTICK : 92;
  return file.instructions
    .map((inst) => `(${dumpNode(inst, esc)})`)
    .join('\n')
    .trim();
}

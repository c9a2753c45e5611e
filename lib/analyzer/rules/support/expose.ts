/** EXPOSE port specs split as BuildKit's `portSpecs.parsePort` splits them. */
import type { Instruction, Range } from '../../types';

export interface ExposePort {
  /** the port spec as BuildKit sees it (quotes removed) */
  raw: string;
  ip: string;
  hostPort: string;
  /** `port[/proto]`, the part EXPOSE really uses */
  containerPart: string;
  proto: string;
  range: Range;
  /** range of the protocol text, when the word is written without quotes */
  protoRange: Range | null;
  /** the word is written exactly as `raw` (no quotes), so edits can target it */
  exact: boolean;
}

/** A port word as BuildKit's word processing leaves it: one pair of enclosing quotes removed. */
export function unquote(word: string): string {
  if (word.length >= 2 && (word[0] === '"' || word[0] === "'") && word.at(-1) === word[0]) {
    return word.slice(1, -1);
  }
  return word;
}

/**
 * The ports of an EXPOSE, stopping where BuildKit would fail (no port, unknown protocol), as its
 * checks stop there too. Words that need variable expansion are skipped.
 */
export function exposePorts(ins: Instruction): ExposePort[] {
  const ports: ExposePort[] = [];
  for (const word of ins.args) {
    if (word.value.includes('$')) continue;
    const raw = unquote(word.value);
    const exact = raw === word.value;
    const parts = raw.split(':');
    const n = parts.length;
    const containerPart = parts[n - 1]!;
    const hostPort = n >= 2 ? parts[n - 2]! : '';
    const ip = n >= 3 ? parts.slice(0, n - 2).join(':') : '';
    const slash = containerPart.indexOf('/');
    const port = slash < 0 ? containerPart : containerPart.slice(0, slash);
    const proto = slash < 0 ? '' : containerPart.slice(slash + 1);
    if (port === '') break;
    if (!['', 'tcp', 'udp', 'sctp'].includes(proto.toLowerCase())) break;
    const protoStart = raw.length - proto.length;
    const sameLine = word.range.line === word.range.endLine;
    ports.push({
      raw,
      ip,
      hostPort,
      containerPart,
      proto,
      range: word.range,
      protoRange:
        exact && sameLine && proto !== ''
          ? {
              line: word.range.line,
              column: word.range.column + protoStart,
              endLine: word.range.line,
              endColumn: word.range.column + raw.length,
            }
          : null,
      exact,
    });
  }
  return ports;
}

import { defineRule, type Word } from '../types';
import { unquote } from './support/expose';
import { bit, eachOfKinds, Kind } from './support/file-index';
import { at } from './support/ranges';

/** strconv.ParseUint(s, 10, 16) succeeds */
function isPortNumber(s: string): boolean {
  if (s === '' || s.length > 5) return false;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 48 || c > 57) return false;
  }
  return Number(s) <= 65535;
}

/** BuildKit's parsePortRange: `[start, end]`, or null where it fails. */
function portRange(ports: string): [number, number] | null {
  const dash = ports.indexOf('-');
  if (dash < 0) return isPortNumber(ports) ? [Number(ports), Number(ports)] : null;
  const start = ports.slice(0, dash);
  const end = ports.slice(dash + 1);
  if (end.includes('-') || !isPortNumber(start) || !isPortNumber(end)) return null;
  return Number(end) < Number(start) ? null : [Number(start), Number(end)];
}

/** What dispatchExpose's parsePortSpec says of one port spec; null when it reads it. */
function portProblem(rawPort: string): string | null {
  const parts = rawPort.split(':');
  const n = parts.length;
  const hostPort = n >= 2 ? parts[n - 2]! : '';
  const last = parts[n - 1]!;
  const slash = last.indexOf('/');
  const containerPort = slash < 0 ? last : last.slice(0, slash);
  let proto = slash < 0 ? '' : last.slice(slash + 1);
  if (containerPort === '') proto = '';
  else if (proto === '') proto = 'tcp';
  proto = proto.toLowerCase();
  // (an empty port empties the protocol too, so BuildKit's "no port specified" never shows)
  if (proto !== 'tcp' && proto !== 'udp' && proto !== 'sctp') return `invalid proto: ${proto}`;
  const container = portRange(containerPort);
  if (!container) return `invalid containerPort: ${containerPort}`;
  if (hostPort !== '') {
    const host = portRange(hostPort);
    if (!host) return `invalid hostPort: ${hostPort}`;
    if (container[1] - container[0] !== host[1] - host[0] && container[1] !== container[0]) {
      return `invalid ranges specified for container and host Ports: ${containerPort} and ${hostPort}`;
    }
  }
  return null;
}

/**
 * An EXPOSE port BuildKit cannot read: a protocol other than tcp, udp or sctp, a port that is no
 * number up to 65535, a reversed range. BuildKit stops at the first such port of an EXPOSE.
 */
export const invalidExposePort = defineRule({
  meta: {
    id: 'invalid-expose-port',
    severity: 'error',
    description: 'EXPOSE takes port numbers or ranges, optionally /tcp, /udp or /sctp',
    docs: 'https://docs.docker.com/reference/dockerfile/#expose',
    // dispatchExpose parses the ports (convert_expose.go:33), run only for reachable stages
    // (convert.go:780)
    raisedAt: 'dispatch',
  },
  check({ model, report }) {
    eachOfKinds(model, bit(Kind.EXPOSE), (ins) => {
      const bad = firstBad(ins.args);
      if (bad) report(at(bad.word.range, { message: bad.message }));
    });
  },
});

function firstBad(words: readonly Word[]): { word: Word; message: string } | null {
  for (const word of words) {
    // a variable is expanded when the stage is built: its ports cannot be judged here
    if (word.value.includes('$')) return null;
    const message = portProblem(unquote(word.value));
    if (message) return { word, message };
  }
  return null;
}

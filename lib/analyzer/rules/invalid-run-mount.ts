import { closest, withSuggestion } from '../suggest';
import { defineRule, type Flag, type Range } from '../types';
import { bit, eachFlagValue, Kind } from './support/file-index';
import { at } from './support/ranges';

const TYPES = ['bind', 'cache', 'tmpfs', 'secret', 'ssh'];
const SHARING = ['shared', 'private', 'locked'];
/** Every key BuildKit reads, in the order its "did you mean" offers them. */
const KEYS = [
  'type',
  'from',
  'source',
  'target',
  'readonly',
  'id',
  'sharing',
  'required',
  'size',
  'mode',
  'uid',
  'gid',
  'src',
  'dst',
  'destination',
  'ro',
  'rw',
  'readwrite',
  'env',
];
const KNOWN_KEYS = new Set(KEYS);
/** strconv.ParseBool */
const BOOLS = new Set([
  '1',
  't',
  'T',
  'TRUE',
  'true',
  'True',
  '0',
  'f',
  'F',
  'FALSE',
  'false',
  'False',
]);
const OCTAL = /^[0-7]+$/;
const DECIMAL = /^[0-9]+$/;

/** A field of the mount value, with its offset in the value (for its column). */
interface Field {
  text: string;
  offset: number;
}

/**
 * The comma-separated fields as Go's csv.Reader reads one record; null when a quote makes the
 * record unreadable (BuildKit fails it too, but with a CSV parser's message we do not mirror).
 */
function csvFields(value: string): Field[] | null {
  const out: Field[] = [];
  let i = 0;
  for (;;) {
    const start = i;
    if (value[i] === '"') {
      let text = '';
      i++;
      for (;;) {
        const q = value.indexOf('"', i);
        if (q < 0) return null;
        text += value.slice(i, q);
        if (value[q + 1] === '"') {
          text += '"';
          i = q + 2;
        } else {
          i = q + 1;
          break;
        }
      }
      if (i < value.length && value[i] !== ',') return null;
      out.push({ text, offset: start });
    } else {
      const comma = value.indexOf(',', i);
      const end = comma < 0 ? value.length : comma;
      const text = value.slice(i, end);
      if (text.includes('"')) return null;
      out.push({ text, offset: start });
      i = end;
    }
    if (i >= value.length) return out;
    i++;
  }
}

/** What a mount's fields set, as BuildKit's Mount holds it while it reads them. */
interface MountState {
  type: string;
  from: string;
  source: string;
  target: string;
  id: string;
  sharing: string;
  /** which file-info keys were given */
  mode: boolean;
  uid: boolean;
  gid: boolean;
}

interface Problem {
  message: string;
  field?: Field;
}

/** `message`, with BuildKit's "did you mean" when an option is close to `value`. */
function withHint(message: string, value: string, options: readonly string[]): string {
  return withSuggestion(message, closest(value, options));
}

/** What parseMount says of one `key=value` field, updating the state; null when it reads it. */
function fieldProblem(m: MountState, key: string, v: string, field: Field): Problem | null {
  const wrongType = { message: `unexpected key '${key}' for mount type '${m.type}'`, field };
  switch (key) {
    case 'type':
      if (!TYPES.includes(v.toLowerCase())) {
        return { message: withHint(`unsupported mount type "${v}"`, v, TYPES), field };
      }
      m.type = v.toLowerCase();
      return null;
    case 'from':
      m.from = v;
      return null;
    case 'source':
    case 'src':
      m.source = v;
      return null;
    case 'target':
    case 'dst':
    case 'destination':
      m.target = v;
      return null;
    case 'id':
      m.id = v;
      return null;
    case 'env':
      return null;
    case 'readonly':
    case 'ro':
    case 'readwrite':
    case 'rw':
      return BOOLS.has(v) ? null : { message: `invalid value for ${key}: ${v}`, field };
    case 'required':
      if (m.type !== 'secret' && m.type !== 'ssh') return wrongType;
      return BOOLS.has(v) ? null : { message: `invalid value for ${key}: ${v}`, field };
    case 'size':
      return m.type === 'tmpfs' ? null : wrongType;
    case 'sharing':
      if (!SHARING.includes(v.toLowerCase())) {
        return { message: withHint(`unsupported sharing value "${v}"`, v, SHARING), field };
      }
      m.sharing = v;
      return null;
    default: {
      // mode (octal), uid, gid
      if (!(key === 'mode' ? OCTAL : DECIMAL).test(v)) {
        return { message: `invalid value ${v} for ${key}`, field };
      }
      m[key as 'mode' | 'uid' | 'gid'] = true;
      return null;
    }
  }
}

/** What validateMount says of the mount as a whole; null when it accepts it. */
function shapeProblem(m: MountState): Problem | null {
  if (m.type !== 'secret' && m.type !== 'ssh' && m.type !== 'cache') {
    // BuildKit asks in this order, whatever order the fields came in
    const key = m.mode ? 'mode' : m.uid ? 'uid' : m.gid ? 'gid' : null;
    if (key) return { message: `${key} not allowed for "${m.type}" type mounts` };
  }
  if (m.type === 'secret') {
    if (m.from !== '') return { message: 'secret mount should not have a from' };
    if (m.sharing !== '') return { message: 'secret mount should not define sharing' };
    if (m.source === '' && m.target === '' && m.id === '') {
      return { message: 'invalid secret mount. one of source, target required' };
    }
    if (m.source !== '' && m.id !== '') return { message: "both source and id can't be set" };
  }
  if (m.sharing !== '' && m.type !== 'cache') {
    return { message: `invalid cache sharing set for ${m.type} mount` };
  }
  return null;
}

/** What BuildKit's parseMount and validateMount say of one --mount value; null when it is fine. */
function mountProblem(value: string): Problem | null {
  const fields = csvFields(value);
  if (!fields) return null;
  const m: MountState = {
    type: 'bind',
    from: '',
    source: '',
    target: '',
    id: '',
    sharing: '',
    mode: false,
    uid: false,
    gid: false,
  };
  for (const field of fields) {
    const eq = field.text.indexOf('=');
    const key = (eq < 0 ? field.text : field.text.slice(0, eq)).toLowerCase();
    const v = eq < 0 ? '' : field.text.slice(eq + 1);
    // a variable is expanded when the stage is built: its value cannot be judged here
    if (v.includes('$')) continue;
    let problem: Problem | null;
    if (eq < 0) {
      // a bare ro/rw flag is fine; a bare `required` only for the types that can be missing
      if (key === 'readonly' || key === 'ro' || key === 'readwrite' || key === 'rw') continue;
      if (key !== 'required') {
        problem = { message: `invalid field '${field.text}' must be a key=value pair`, field };
      } else if (m.type !== 'secret' && m.type !== 'ssh') {
        problem = { message: `unexpected key '${key}' for mount type '${m.type}'`, field };
      } else continue;
    } else if (!KNOWN_KEYS.has(key)) {
      problem = {
        message: withHint(`unexpected key '${key}' in '${field.text}'`, key, KEYS),
        field,
      };
    } else {
      problem = fieldProblem(m, key, v, field);
    }
    if (problem) return problem;
  }
  return shapeProblem(m);
}

/** Where a field sits in the source, when the flag's value is written there as it reads. */
function fieldRange(lines: readonly string[], flag: Flag, field: Field | undefined): Range {
  const r = flag.valueRange ?? flag.range;
  if (!field || !flag.valueRange || r.line !== r.endLine) return r;
  const text = lines[r.line - 1] ?? '';
  if (text.slice(r.column - 1, r.endColumn - 1) !== flag.value) return r;
  const column = r.column + field.offset;
  const length = field.text.length + (text[column - 1] === '"' ? 2 : 0);
  return { line: r.line, column, endLine: r.line, endColumn: column + length };
}

/**
 * A `RUN --mount` BuildKit refuses: an unknown mount type or key, a value of the wrong kind, an
 * option the type does not take (`sharing` off a cache, `uid` on a bind), a secret without an id.
 */
export const invalidRunMount = defineRule({
  meta: {
    id: 'invalid-run-mount',
    severity: 'error',
    description: 'RUN --mount takes a known type and the options that type allows',
    docs: 'https://docs.docker.com/reference/dockerfile/#run---mount',
    // instructions.Parse reads only a mount's from= (commands_runmount.go:170-186 skips every
    // other field without an expander); the fields are checked when dispatch() expands the RUN
    // (convert.go:1039, commands.go:372), so only in stages the build runs
    raisedAt: 'dispatch',
  },
  check({ file, model, report }) {
    eachFlagValue(model, bit(Kind.RUN), 'mount', (flag, value) => {
      const problem = mountProblem(value);
      if (problem) {
        report(at(fieldRange(file.lines, flag, problem.field), { message: problem.message }));
      }
    });
  },
});

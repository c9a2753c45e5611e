import { closest } from '../suggest';
import { defineRule, type Flag, type Range } from '../types';
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
  // the common case: no quotes, so every field is the text between commas
  if (!value.includes('"')) {
    for (let start = 0; ;) {
      const comma = value.indexOf(',', start);
      const end = comma < 0 ? value.length : comma;
      out.push({ text: value.slice(start, end), offset: start });
      if (comma < 0) return out;
      start = comma + 1;
    }
  }
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

/** What BuildKit's parseMount and validateMount say of one --mount value; null when it is fine. */
function mountProblem(value: string): { message: string; field?: Field } | null {
  const fields = csvFields(value);
  if (!fields) return null;
  let type = 'bind';
  let from = '';
  let source = '';
  let target = '';
  let id = '';
  let sharing = '';
  const fileInfo: string[] = [];
  for (const field of fields) {
    const eq = field.text.indexOf('=');
    const key = (eq < 0 ? field.text : field.text.slice(0, eq)).toLowerCase();
    const v = eq < 0 ? '' : field.text.slice(eq + 1);
    // a variable is expanded when the stage is built: its value cannot be judged here
    if (v.includes('$')) continue;
    if (eq < 0) {
      // a bare ro/rw flag is fine; `required` only for the types that can be missing
      if (key === 'readonly' || key === 'ro' || key === 'readwrite' || key === 'rw') continue;
      if (key !== 'required') {
        return { message: `invalid field '${field.text}' must be a key=value pair`, field };
      }
      if (type !== 'secret' && type !== 'ssh') {
        return { message: `unexpected key '${key}' for mount type '${type}'`, field };
      }
      continue;
    }
    if (!KNOWN_KEYS.has(key)) {
      const match = closest(key, KEYS);
      const hint = match ? ` (did you mean ${match}?)` : '';
      return { message: `unexpected key '${key}' in '${field.text}'${hint}`, field };
    }
    switch (key) {
      case 'type': {
        const t = v.toLowerCase();
        if (!TYPES.includes(t)) {
          const match = closest(v, TYPES);
          const hint = match ? ` (did you mean ${match}?)` : '';
          return { message: `unsupported mount type "${v}"${hint}`, field };
        }
        type = t;
        break;
      }
      case 'from':
        from = v;
        break;
      case 'source':
      case 'src':
        source = v;
        break;
      case 'target':
      case 'dst':
      case 'destination':
        target = v;
        break;
      case 'id':
        id = v;
        break;
      case 'env':
        break;
      case 'readonly':
      case 'ro':
      case 'readwrite':
      case 'rw':
        if (!BOOLS.has(v)) return { message: `invalid value for ${key}: ${v}`, field };
        break;
      case 'required':
        if (type !== 'secret' && type !== 'ssh') {
          return { message: `unexpected key '${key}' for mount type '${type}'`, field };
        }
        if (!BOOLS.has(v)) return { message: `invalid value for ${key}: ${v}`, field };
        break;
      case 'size':
        if (type !== 'tmpfs') {
          return { message: `unexpected key '${key}' for mount type '${type}'`, field };
        }
        break;
      case 'sharing':
        if (!SHARING.includes(v.toLowerCase())) {
          const match = closest(v, SHARING);
          const hint = match ? ` (did you mean ${match}?)` : '';
          return { message: `unsupported sharing value "${v}"${hint}`, field };
        }
        sharing = v;
        break;
      case 'mode':
        if (!OCTAL.test(v)) return { message: `invalid value ${v} for mode`, field };
        fileInfo.push(key);
        break;
      default:
        // uid, gid
        if (!DECIMAL.test(v)) return { message: `invalid value ${v} for ${key}`, field };
        fileInfo.push(key);
    }
  }
  if (type !== 'secret' && type !== 'ssh' && type !== 'cache' && fileInfo.length > 0) {
    return { message: `${fileInfo[0]} not allowed for "${type}" type mounts` };
  }
  if (type === 'secret') {
    if (from !== '') return { message: 'secret mount should not have a from' };
    if (sharing !== '') return { message: 'secret mount should not define sharing' };
    if (source === '' && target === '' && id === '') {
      return { message: 'invalid secret mount. one of source, target required' };
    }
    if (source !== '' && id !== '') return { message: "both source and id can't be set" };
  }
  if (sharing !== '' && type !== 'cache') {
    return { message: `invalid cache sharing set for ${type} mount` };
  }
  return null;
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
  },
  check({ file, report }) {
    for (const ins of file.instructions) {
      if (ins.keyword !== 'RUN') continue;
      const flags = ins.flags;
      for (let i = 0; i < flags.length; i++) {
        const flag = flags[i]!;
        if (flag.name !== 'mount' || flag.value === null) continue;
        const problem = mountProblem(flag.value);
        if (problem) {
          report(at(fieldRange(file.lines, flag, problem.field), { message: problem.message }));
        }
      }
    }
  },
});

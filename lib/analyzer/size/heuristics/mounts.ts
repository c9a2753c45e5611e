/** RUN --mount: cache, tmpfs and bind targets are not committed to the image. */
import type { Flag } from '../../types';
import { resolvePath } from '../shell';

/** A mount whose target swallows the writes below it. */
export interface MountTarget {
  type: string;
  target: string;
}

/** The cache/tmpfs/bind targets of a RUN's `--mount` flags (secret/ssh mount single files). */
export function uncommittedTargets(flags: readonly Flag[], workdir: string): MountTarget[] {
  const out: MountTarget[] = [];
  for (const f of flags) {
    const v = f.value;
    if (!v || !isMount(f.name)) continue;
    let type = 'bind';
    let target: string | null = null;
    // fields split on commas, read in place: only a key this needs costs a slice
    for (let start = 0; start <= v.length;) {
      let end = v.indexOf(',', start);
      if (end < 0) end = v.length;
      const eq = v.indexOf('=', start);
      const keyEnd = eq < 0 || eq > end ? end : eq;
      const key = fieldKey(v, start, keyEnd);
      if (key !== 0) {
        const value = keyEnd === end ? '' : v.slice(keyEnd + 1, end).trim();
        if (key === 1) type = value.toLowerCase();
        else target = value;
      }
      start = end + 1;
    }
    if (target && (type === 'cache' || type === 'tmpfs' || type === 'bind')) {
      out.push({ type, target: resolvePath(target, workdir) });
    }
  }
  return out;
}

function isMount(name: string): boolean {
  return name === 'mount' || (name.length === 5 && name.toLowerCase() === 'mount');
}

/** 1 for `type`, 2 for `target`/`dst`/`destination` (any case, spaces around), else 0. */
function fieldKey(v: string, start: number, end: number): number {
  // plain lowercase keys are compared in place; anything else goes the slow, exact way
  const n = end - start;
  if (n === 4 && v.startsWith('type', start)) return 1;
  if (n === 6 && v.startsWith('target', start)) return 2;
  if (n === 3 && v.startsWith('dst', start)) return 2;
  if (n === 11 && v.startsWith('destination', start)) return 2;
  let plain = true;
  for (let i = start; i < end && plain; i++) {
    const c = v.charCodeAt(i);
    plain = c >= 97 && c <= 122;
  }
  if (plain) return 0;
  const k = v.slice(start, end).trim().toLowerCase();
  return k === 'type' ? 1 : k === 'target' || k === 'dst' || k === 'destination' ? 2 : 0;
}

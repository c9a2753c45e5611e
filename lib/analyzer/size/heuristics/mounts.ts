/** RUN --mount: cache, tmpfs and bind targets are not committed to the image. */
import type { Flag } from '../../types';
import { resolvePath } from '../shell';

/** A mount whose target swallows the writes below it. */
export interface MountTarget {
  type: string;
  target: string;
}

/** The cache/tmpfs/bind targets of a RUN's `--mount` flags (secret/ssh mount single files). */
export function uncommittedTargets(flags: Flag[], workdir: string): MountTarget[] {
  const out: MountTarget[] = [];
  for (const f of flags) {
    if (f.name.toLowerCase() !== 'mount' || !f.value) continue;
    let type = 'bind';
    let target: string | null = null;
    for (const field of f.value.split(',')) {
      const eq = field.indexOf('=');
      const k = (eq < 0 ? field : field.slice(0, eq)).trim().toLowerCase();
      const v = eq < 0 ? '' : field.slice(eq + 1).trim();
      if (k === 'type') type = v.toLowerCase();
      else if (k === 'target' || k === 'dst' || k === 'destination') target = v;
    }
    if (target && (type === 'cache' || type === 'tmpfs' || type === 'bind')) {
      out.push({ type, target: resolvePath(target, workdir) });
    }
  }
  return out;
}

import { onFromLine } from '../stage-graph';
import { defineRule } from '../types';
import { at } from './support/ranges';

const OSES = new Set([
  'aix',
  'android',
  'darwin',
  'dragonfly',
  'freebsd',
  'hurd',
  'illumos',
  'ios',
  'js',
  'linux',
  'nacl',
  'netbsd',
  'openbsd',
  'plan9',
  'solaris',
  'wasip1',
  'windows',
  'zos',
]);
const ARCHES: Record<string, string> = {
  i386: '386',
  '386': '386',
  x86_64: 'amd64',
  'x86-64': 'amd64',
  amd64: 'amd64',
  aarch64: 'arm64',
  arm64: 'arm64',
  armhf: 'arm',
  armel: 'arm',
  arm: 'arm',
  ppc64le: 'ppc64le',
  s390x: 's390x',
  riscv64: 'riscv64',
  mips64le: 'mips64le',
  loong64: 'loong64',
  wasm: 'wasm',
};

/** containerd's platforms.Parse, reduced to what the check needs: the OS and architecture. */
function parsePlatform(spec: string): { os: string; arch: string } | null {
  const parts = spec.split('/');
  if (parts.length > 3 || !parts.every((p) => /^[A-Za-z0-9_.-]+$/.test(p))) return null;
  const first = (parts[0] ?? '').toLowerCase();
  if (parts.length === 1) {
    if (OSES.has(first)) return { os: first, arch: 'amd64' };
    const arch = ARCHES[first];
    return arch ? { os: 'linux', arch } : null;
  }
  const a = (parts[1] ?? '').toLowerCase();
  return { os: first === 'macos' ? 'darwin' : first, arch: ARCHES[a] ?? a };
}

/** `FROM --platform=linux/amd64` with a constant; mirrors BuildKit's FromPlatformFlagConstDisallowed. */
export const fromPlatformFlagConstDisallowed = defineRule({
  meta: {
    id: 'from-platform-flag-const-disallowed',
    severity: 'warning',
    description: 'FROM --platform should not be a constant',
    docs: 'https://docs.docker.com/go/dockerfile/rule/from-platform-flag-const-disallowed/',
    buildkit: 'FromPlatformFlagConstDisallowed',
    hadolint: 'DL3029',
  },
  check({ model, report }) {
    for (const s of model.stages) {
      const vars = s.platformVars;
      if (!vars || s.platform === undefined) continue;
      if (vars.matched.length > 0 || vars.unmatched.length > 0) continue;
      const p = parsePlatform(s.platform);
      if (!p) continue;
      // a stage named for its platform (build_amd64) is the intended use
      const name = s.key ?? '';
      if (name.includes(p.os) || name.includes(p.arch)) continue;
      const flag = s.from.flags.find((f) => f.name === 'platform');
      report(
        at(onFromLine(s, flag?.valueRange ?? null), {
          message: `FROM --platform flag should not use constant value "${s.platform}"`,
        }),
      );
    }
  },
});

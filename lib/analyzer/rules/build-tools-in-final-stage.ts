import { parseImageRef } from '../image-ref';
import { baseChain, stageName } from '../stage-graph';
import { baseContextSource, contextImage } from '../named-contexts';
import { defineRule, type AnalyzeOptions, type Instruction, type StageInfo } from '../types';
import { at } from './support/ranges';

/** Repositories that are compilers or SDKs whatever the tag. */
const SDK_IMAGES = new Set([
  'golang',
  'rust',
  'maven',
  'gradle',
  'gcc',
  'buildpack-deps',
  'haskell',
  'swift',
  'amazoncorretto',
  'mcr.microsoft.com/dotnet/sdk',
]);
/** JDK images unless the tag says JRE. */
const JDK_IMAGES = new Set(['openjdk', 'eclipse-temurin', 'ibm-semeru-runtimes', 'sapmachine']);
/** Full images (compilers, headers) unless the tag says alpine or slim. */
const FULL_IMAGES = new Set(['node', 'python', 'ruby']);

const INSTALLERS = new Set(['apt-get', 'apt', 'yum', 'dnf', 'microdnf', 'apk', 'zypper']);
const INSTALLER_HINTS = ['apt', 'yum', 'dnf', 'apk', 'zypper'];
const TOOL_PACKAGES = new Set(['build-essential', 'build-base', 'gcc', 'g++']);

/** Why `image` is a build image, or null when it is not one. */
function sdkImage(image: string): string | null {
  const ref = parseImageRef(image);
  if (!ref.ok) return null;
  const repo = ref.familiar;
  const tag = (ref.tag ?? 'latest').toLowerCase();
  if (SDK_IMAGES.has(repo)) return 'a compiler/SDK image';
  if (JDK_IMAGES.has(repo) && !tag.includes('jre')) return 'a JDK image';
  if (FULL_IMAGES.has(repo) && !/alpine|slim/.test(tag)) {
    return `the full ${repo} image (compilers and headers included)`;
  }
  return null;
}

/** `text` holds one of INSTALLER_HINTS. */
function namesInstaller(text: string): boolean {
  for (const hint of INSTALLER_HINTS) if (text.includes(hint)) return true;
  return false;
}

/**
 * A command that takes the build tools out again. apt's purge and remove leave what the package
 * pulled in (gcc-12, cpp, binutils for gcc) unless --auto-remove is given or autoremove runs
 * (apt-get(8)); apk del and dnf remove drop unneeded dependencies themselves.
 */
function removesTools(words: string[], installer: string, verb: string | undefined): boolean {
  if (verb === 'autoremove' || verb === 'autopurge' || verb === 'del') return true;
  if (verb !== 'remove' && verb !== 'purge') return false;
  if (installer !== 'apt-get' && installer !== 'apt') return true;
  return words.includes('--auto-remove') || words.includes('--autoremove');
}

/** The build-tool packages a RUN installs and keeps (not removed again in the same RUN). */
function installedTools(inst: Instruction): string[] {
  let script = inst.text;
  for (const h of inst.heredocs) script += `\n${h.content}`;
  // no installer named, no command to read (every INSTALLERS name holds one of these)
  if (!namesInstaller(script)) return [];
  const found: string[] = [];
  let removes = false;
  for (const command of script.split(/&&|\|\||[;|\n]/)) {
    // (most commands of such a RUN name none either: not split into words then)
    if (!namesInstaller(command)) continue;
    const words = command.trim().split(/\s+/);
    const at = words.findIndex((w) => INSTALLERS.has(w));
    if (at < 0) continue;
    const verb = words.slice(at + 1).find((w) => !w.startsWith('-'));
    if (removesTools(words, words[at]!, verb)) removes = true;
    if (verb !== 'install' && verb !== 'add') continue;
    for (const w of words) {
      const pkg = w.replace(/[=:].*$/, '');
      if (TOOL_PACKAGES.has(pkg) && !found.includes(pkg)) found.push(pkg);
    }
  }
  return removes ? [] : found;
}

/**
 * The image the chain's first stage really starts from: its base, or the image of the
 * `docker-image://` build context that replaces it; null for a stage or another kind of context.
 */
function shippedBase(root: StageInfo, options: AnalyzeOptions): string | null {
  if (root.baseStage !== null) return null;
  const source = baseContextSource(options, root);
  if (source === undefined) return root.base;
  return contextImage(source);
}

/** The target stage ships a compiler or SDK: from its base image or from packages it installs. */
export const buildToolsInFinalStage = defineRule({
  meta: {
    id: 'build-tools-in-final-stage',
    severity: 'warning',
    description: 'the image you ship carries build tools',
    docs: 'choosing-a-base',
  },
  check({ model, options, report }) {
    if (model.target < 0) return;
    const chain = baseChain(model, model.target);
    const target = chain[0];
    if (!target) return;
    const what = `The target stage "${stageName(target)}"`;
    const root = chain[chain.length - 1];
    const base = root ? shippedBase(root, options) : null;
    if (root?.baseRange && base) {
      const why = sdkImage(base);
      if (why) {
        const via = root === target ? '' : ` (through stage "${stageName(root)}")`;
        report(
          at(root.baseRange, {
            message: `${what} is built on ${base}${via}, ${why}, so the image you ship carries the whole toolchain; build in an earlier stage and COPY --from only the output onto a small runtime base`,
          }),
        );
      }
    }
    for (const s of chain) {
      for (const inst of s.instructions) {
        if (inst.keyword !== 'RUN') continue;
        const tools = installedTools(inst);
        if (tools.length === 0) continue;
        report(
          at(inst.keywordRange, {
            message: `${what} installs ${tools.join(', ')}, so the image you ship carries a compiler; install build tools in a build stage and copy only the results`,
          }),
        );
      }
    }
  },
});

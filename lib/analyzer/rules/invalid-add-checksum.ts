import { defineRule } from '../types';
import { bit, eachFlagValue, Kind } from './support/file-index';
import { at, flagValueFix } from './support/ranges';
import { copySources, isGitRemote } from './support/sources';

/** Hex digits per digest algorithm go-digest knows. */
const DIGEST_LENGTHS = new Map([
  ['sha256', 64],
  ['sha384', 96],
  ['sha512', 128],
]);

/** What `sha256sum` prints. */
const SHA256_HEX = /^[a-f0-9]{64}$/;

/** go-digest's DigestRegexp, anchored: an algorithm name, a colon, an encoded part. */
const DIGEST = /^[a-z0-9]+(?:[.+_-][a-z0-9]+)*:[a-zA-Z0-9=_-]+$/;

/** What go-digest's Parse says of `value`, or null when it is a digest. */
function digestProblem(value: string): string | null {
  const colon = value.indexOf(':');
  if (colon <= 0 || colon === value.length - 1) return 'invalid checksum digest format';
  const length = DIGEST_LENGTHS.get(value.slice(0, colon));
  if (length === undefined)
    return DIGEST.test(value) ? 'unsupported digest algorithm' : 'invalid checksum digest format';
  const hex = value.slice(colon + 1);
  if (hex.length !== length) return 'invalid checksum digest length';
  return /^[a-f0-9]+$/.test(hex) ? null : 'invalid checksum digest format';
}

/** BuildKit's complaint about ADD --checksum=`value` with these sources, or null. */
function checksumProblem(value: string, sources: string[]): string | null {
  if (sources.length !== 1) return "checksum can't be specified for multiple sources";
  const src = sources[0]!;
  // a variable is expanded when the stage is built
  if (src.includes('$')) return null;
  if (isGitRemote(src)) return null;
  if (!src.startsWith('http://') && !src.startsWith('https://'))
    return 'checksum requires HTTP(S) or Git sources';
  return value.includes('$') ? null : digestProblem(value);
}

/**
 * ADD --checksum where BuildKit refuses it: with several sources, with a local source (only
 * downloads and git checkouts are verified), or a value that is no digest such as sha256:<64 hex>.
 */
export const invalidAddChecksum = defineRule({
  meta: {
    id: 'invalid-add-checksum',
    severity: 'error',
    description: 'ADD --checksum verifies one download or git checkout, given as a digest',
    docs: 'https://docs.docker.com/reference/dockerfile/#add---checksum',
    // dispatchCopy (convert_copy.go:90-96, digest.Parse at :204), run only for reachable stages
    // (convert.go:780)
    raisedAt: 'dispatch',
  },
  check({ file, model, report }) {
    eachFlagValue(model, bit(Kind.ADD), 'checksum', (flag, value, ins) => {
      // an empty value asks for no check
      if (value === '') return;
      const message = checksumProblem(
        value,
        copySources(ins).map((s) => s.value),
      );
      if (!message) return;
      // `sha256sum` prints the bare hex: name its algorithm
      const digest = SHA256_HEX.test(value) ? `sha256:${value}` : null;
      report(
        at(flag.valueRange ?? flag.range, {
          message,
          suggestion: digest ?? undefined,
          fix: digest ? flagValueFix(file.lines, flag, digest) : undefined,
        }),
      );
    });
  },
});

/**
 * Image references as BuildKit reads them (github.com/distribution/reference `ParseNormalizedNamed`
 * plus `TagNameOnly`): `alpine` means `docker.io/library/alpine:latest`.
 */

export interface ImageRef {
  ok: true;
  /** registry host, `docker.io` for Docker Hub */
  domain: string;
  /** repository path without the domain, e.g. `library/alpine` */
  path: string;
  tag: string | null;
  digest: string | null;
  /** the reference BuildKit resolves, e.g. `docker.io/library/alpine:latest` */
  normalized: string;
  /** the short repository name: `library/alpine` → `alpine`, `ghcr.io/a/b` → `ghcr.io/a/b` */
  familiar: string;
}

export interface BadImageRef {
  ok: false;
  /** BuildKit's reason, e.g. `invalid reference format` */
  error: string;
}

// Each piece is a plain character class with one quantifier, so the patterns run in linear time.
const PATH_COMPONENT = /^[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*$/;
const DOMAIN =
  /^(?:[a-zA-Z0-9](?:[a-zA-Z0-9-]*[a-zA-Z0-9])?(?:\.[a-zA-Z0-9](?:[a-zA-Z0-9-]*[a-zA-Z0-9])?)*|\[[a-fA-F0-9:]+\])(?::[0-9]+)?$/;
const TAG = /^[\w][\w.-]{0,127}$/;
const DIGEST = /^[A-Za-z][A-Za-z0-9]*(?:[-_+.][A-Za-z][A-Za-z0-9]*)*:[0-9a-fA-F]{32,}$/;
const HEX64 = /^[a-f0-9]{64}$/;

const FORMAT = 'invalid reference format';

// Rules ask about the same few names again and again; a small bounded memo keeps that cheap.
const memo = new Map<string, ImageRef | BadImageRef>();

/** Parses an image reference the way BuildKit does before pulling it. */
export function parseImageRef(input: string): ImageRef | BadImageRef {
  const hit = memo.get(input);
  if (hit) return hit;
  const result = parse(input);
  if (memo.size >= 512) memo.clear();
  memo.set(input, result);
  return result;
}

function parse(input: string): ImageRef | BadImageRef {
  if (input === '' || input.length > 1024) return { ok: false, error: FORMAT };
  if (HEX64.test(input)) {
    return {
      ok: false,
      error: `invalid repository name (${input}), cannot specify 64-byte hexadecimal strings`,
    };
  }
  let domain = 'docker.io';
  let remainder = input;
  const slash = input.indexOf('/');
  if (slash >= 0) {
    const first = input.slice(0, slash);
    if (/[.:]/.test(first) || first === 'localhost' || first.toLowerCase() !== first) {
      domain = first;
      remainder = input.slice(slash + 1);
    }
  }
  if (domain === 'index.docker.io') domain = 'docker.io';
  if (domain === 'docker.io' && !remainder.includes('/')) remainder = `library/${remainder}`;

  let rest = remainder;
  let digest: string | null = null;
  const at = rest.indexOf('@');
  if (at >= 0) {
    digest = rest.slice(at + 1);
    rest = rest.slice(0, at);
  }
  let tag: string | null = null;
  const colon = rest.lastIndexOf(':');
  if (colon >= 0) {
    tag = rest.slice(colon + 1);
    rest = rest.slice(0, colon);
  }
  if (rest.toLowerCase() !== rest) {
    return { ok: false, error: `${FORMAT}: repository name (${rest}) must be lowercase` };
  }
  if (!DOMAIN.test(domain)) return { ok: false, error: FORMAT };
  const components = rest.split('/');
  if (!components.every((c) => PATH_COMPONENT.test(c))) return { ok: false, error: FORMAT };
  if (tag !== null && !TAG.test(tag)) return { ok: false, error: FORMAT };
  if (digest !== null && !DIGEST.test(digest)) return { ok: false, error: FORMAT };
  if (domain.length + 1 + rest.length > 255) {
    return { ok: false, error: 'repository name must not be more than 255 characters' };
  }

  let normalized = `${domain}/${rest}`;
  if (tag !== null) normalized += `:${tag}`;
  if (digest !== null) normalized += `@${digest}`;
  else if (tag === null) normalized += ':latest';
  const familiar = domain === 'docker.io' ? rest.replace(/^library\//, '') : `${domain}/${rest}`;
  return { ok: true, domain, path: rest, tag, digest, normalized, familiar };
}

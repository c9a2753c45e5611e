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
const DOMAIN =
  /^(?:[a-zA-Z0-9](?:[a-zA-Z0-9-]*[a-zA-Z0-9])?(?:\.[a-zA-Z0-9](?:[a-zA-Z0-9-]*[a-zA-Z0-9])?)*|\[[a-fA-F0-9:]+\])(?::[0-9]+)?$/;
const DIGEST = /^[A-Za-z][A-Za-z0-9]*(?:[-_+.][A-Za-z][A-Za-z0-9]*)*:[0-9a-fA-F]{32,}$/;
const HEX64 = /^[a-f0-9]{64}$/;

const FORMAT = 'invalid reference format';
const LIBRARY = 'library/';

// Path components and tags are checked by character codes, not regexes: every FROM parses one.

function isAlnumLower(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 48 && c <= 57);
}

/** `/[.:]/` */
function hasDomainMark(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 46 || c === 58) return true;
  }
  return false;
}

/** `s.toLowerCase() === s`, without building the lowercase copy for ASCII text. */
function isLowercase(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 65 && c <= 90) return false;
    if (c > 127) return s.toLowerCase() === s;
  }
  return true;
}

/** Every `/`-separated component matches `^[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*$`. */
function isPath(s: string): boolean {
  let start = 0;
  for (let i = 0; i <= s.length; i++) {
    if (i === s.length || s.charCodeAt(i) === 47) {
      if (!isComponent(s, start, i)) return false;
      start = i + 1;
    }
  }
  return true;
}

/** One path component `s[start, end)`: alphanumeric runs joined by `.`, `_`, `__` or dashes. */
function isComponent(s: string, start: number, end: number): boolean {
  if (start === end || !isAlnumLower(s.charCodeAt(start))) return false;
  let i = start;
  while (i < end) {
    const c = s.charCodeAt(i);
    if (isAlnumLower(c)) {
      i++;
      continue;
    }
    // a separator, then an alphanumeric must follow
    if (c === 46) i++;
    else if (c === 95) i += i + 1 < end && s.charCodeAt(i + 1) === 95 ? 2 : 1;
    else if (c === 45) while (i < end && s.charCodeAt(i) === 45) i++;
    else return false;
    if (i >= end || !isAlnumLower(s.charCodeAt(i))) return false;
  }
  return true;
}

function isWordChar(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 95;
}

/** `^[\w][\w.-]{0,127}$`: a word character, then up to 127 word characters, dots and dashes. */
function isTag(s: string): boolean {
  if (s.length === 0 || s.length > 128 || !isWordChar(s.charCodeAt(0))) return false;
  for (let i = 1; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (!isWordChar(c) && c !== 46 && c !== 45) return false;
  }
  return true;
}

/** Parses an image reference the way BuildKit does before pulling it. */
export function parseImageRef(input: string): ImageRef | BadImageRef {
  if (input === '' || input.length > 1024) return { ok: false, error: FORMAT };
  if (input.length === 64 && HEX64.test(input)) {
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
    if (hasDomainMark(first) || first === 'localhost' || !isLowercase(first)) {
      domain = first;
      remainder = input.slice(slash + 1);
    }
  }
  if (domain === 'index.docker.io') domain = 'docker.io';
  // Docker Hub's official images live under `library/`. The prefix is kept apart until the result
  // is built: it is lowercase, one valid component, and holds no `@` or `:`, so the checks below
  // can read the flat remainder alone.
  const library = domain === 'docker.io' && !remainder.includes('/');

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
  // A valid path holds no uppercase letter, so the usual valid name is read once; only a bad
  // one is read again to tell the lowercase error from the others (checked in BuildKit's order).
  const validPath = isPath(rest);
  if (!validPath && !isLowercase(rest)) {
    const name = library ? `library/${rest}` : rest;
    return { ok: false, error: `${FORMAT}: repository name (${name}) must be lowercase` };
  }
  if (domain !== 'docker.io' && !DOMAIN.test(domain)) return { ok: false, error: FORMAT };
  if (!validPath) return { ok: false, error: FORMAT };
  if (tag !== null && !isTag(tag)) return { ok: false, error: FORMAT };
  if (digest !== null && !DIGEST.test(digest)) return { ok: false, error: FORMAT };
  if (domain.length + 1 + (library ? LIBRARY.length : 0) + rest.length > 255) {
    return { ok: false, error: 'repository name must not be more than 255 characters' };
  }

  const path = library ? LIBRARY + rest : rest;
  let normalized = `${domain}/${path}`;
  if (tag !== null) normalized += `:${tag}`;
  if (digest !== null) normalized += `@${digest}`;
  else if (tag === null) normalized += ':latest';
  const familiar =
    domain !== 'docker.io'
      ? `${domain}/${path}`
      : library
        ? rest
        : rest.startsWith(LIBRARY)
          ? rest.slice(LIBRARY.length)
          : rest;
  return { ok: true, domain, path, tag, digest, normalized, familiar };
}

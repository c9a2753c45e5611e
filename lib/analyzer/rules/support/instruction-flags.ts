/**
 * The `--flags` each instruction declares before BuildKit parses its flags (the `req.flags.Add…`
 * calls of frontend/dockerfile/instructions/parse.go and the RUN hooks). Flags that only the
 * `-labs` frontends register are included, so a Dockerfile written for them is never called
 * broken; a flag no channel knows is.
 */

/** How BFlags reads a flag: bool (`--link`, `--link=false`), string (one `=value`), strings (repeatable). */
export type FlagKind = 'bool' | 'string' | 'strings';

type FlagTable = Readonly<Record<string, FlagKind>>;

/** The flags one instruction declares, by name, and their names in declaration order. */
export interface DeclaredFlags {
  kinds: ReadonlyMap<string, FlagKind>;
  names: readonly string[];
}

const NONE: FlagTable = {};

const HEALTHCHECK: FlagTable = {
  interval: 'string',
  timeout: 'string',
  'start-period': 'string',
  'start-interval': 'string',
  retries: 'string',
};

/** By uppercase keyword. ARG and STOPSIGNAL are absent: BuildKit never parses their flags. */
const BY_KEYWORD: Readonly<Record<string, FlagTable>> = {
  ADD: {
    chown: 'string',
    chmod: 'string',
    link: 'bool',
    'keep-git-dir': 'bool',
    checksum: 'string',
    exclude: 'strings',
    unpack: 'bool',
  },
  COPY: {
    chown: 'string',
    from: 'string',
    chmod: 'string',
    link: 'bool',
    exclude: 'strings',
    parents: 'bool',
  },
  FROM: { platform: 'string' },
  RUN: { mount: 'strings', network: 'string', security: 'string', device: 'strings' },
  HEALTHCHECK,
  CMD: NONE,
  ENTRYPOINT: NONE,
  ENV: NONE,
  EXPOSE: NONE,
  LABEL: NONE,
  MAINTAINER: NONE,
  ONBUILD: NONE,
  SHELL: NONE,
  USER: NONE,
  VOLUME: NONE,
  WORKDIR: NONE,
};

// maps, not the tables themselves: a lookup by a computed key is a hash, not a megamorphic load
const DECLARED = new Map<string, DeclaredFlags>(
  Object.entries(BY_KEYWORD).map(([keyword, table]) => [
    keyword,
    { kinds: new Map(Object.entries(table)), names: Object.keys(table) },
  ]),
);

/** Every keyword whose flags BuildKit parses, with the flags it declares. */
export function allDeclaredFlags(): ReadonlyMap<string, DeclaredFlags> {
  return DECLARED;
}

/** The flags `keyword` (uppercase) declares, or undefined when BuildKit does not parse its flags. */
export function flagsOf(keyword: string): DeclaredFlags | undefined {
  return DECLARED.get(keyword);
}

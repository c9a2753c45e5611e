/**
 * The `--flags` each instruction declares before BuildKit parses its flags (the `req.flags.Add…`
 * calls of frontend/dockerfile/instructions/parse.go and the RUN hooks). Flags that only the
 * `-labs` frontends register are included, so a Dockerfile written for them is never called
 * broken; a flag no channel knows is.
 */

/** How BFlags reads a flag: bool (`--link`, `--link=false`), string (one `=value`), strings (repeatable). */
export type FlagKind = 'bool' | 'string' | 'strings';

type FlagTable = Readonly<Record<string, FlagKind>>;

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

/** The flags `keyword` (uppercase) accepts, or null when BuildKit does not check its flags. */
export function flagsOf(keyword: string): FlagTable | null {
  return Object.hasOwn(BY_KEYWORD, keyword) ? BY_KEYWORD[keyword]! : null;
}

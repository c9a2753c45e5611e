/**
 * The analyzer contract (docs/architecture.md): what `analyze()` returns, the parsed model the rules
 * read, and the shape of a rule module. Pure types; no runtime code but `defineRule`.
 */

export type Severity = 'error' | 'warning' | 'info';

/** A 1-based span; the end column is exclusive, as in Monaco and the LSP. */
export interface Range {
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
}

/** A text edit that repairs a diagnostic: replace `range` with `text`. */
export interface Fix extends Range {
  text: string;
}

export interface Diagnostic extends Range {
  /** kebab-case id, equal to the rule's file name in lib/analyzer/rules */
  rule: string;
  severity: Severity;
  message: string;
  /** e.g. the stage name that was probably meant */
  suggestion?: string;
  fix?: Fix;
  /** lesson slug or upstream rule page */
  docs?: string;
}

export interface LayerEstimate {
  /** 1-based line of the instruction that makes the layer */
  line: number;
  instruction: string;
  bytes: number;
  low: number;
  high: number;
  reason: string;
  /** the layer's compressed (pull-size) figures; `bytes/low/high` follow the estimate's basis */
  compressed?: { bytes: number; low: number; high: number };
}

export interface SizeEstimate {
  bytes: number;
  low: number;
  high: number;
  basis: 'uncompressed' | 'compressed';
  /** short human reasons, e.g. "golang:1.22 base ≈ 800 MB" */
  reasons?: string[];
  layers?: LayerEstimate[];
  /** the compressed (registry pull size) figures, whatever the basis */
  compressed?: { bytes: number; low: number; high: number };
  /** the uncompressed (`docker images`) figures, whatever the basis */
  uncompressed?: { bytes: number; low: number; high: number };
  /** base image resolution, e.g. "node alpine family" or "unknown image" */
  base?: { image: string; family: string | null; known: boolean; source?: string };
  /** only on `Analysis.size`: everything built in one image, and what multi-stage saves */
  singleStage?: { bytes: number; low: number; high: number };
  saving?: { bytes: number; low: number; high: number };
}

export interface Stage {
  index: number;
  /** name as written; BuildKit compares lowercased */
  name: string | null;
  /** image or stage name, ARG defaults expanded */
  base: string;
  /** set when FROM names an earlier stage */
  baseStage: number | null;
  /** 1-based line of its FROM */
  line: number;
  /** stages it needs: FROM <stage>, COPY --from, RUN --mount from= (sorted, unique) */
  dependsOn: number[];
  /** built for the chosen target */
  reachable: boolean;
  platform?: string;
  size?: SizeEstimate;
}

export interface Analysis {
  /** in file order */
  stages: Stage[];
  /** index of the stage a plain `docker build` (or --target) builds; -1 when there is none */
  target: number;
  /** sorted by position */
  diagnostics: Diagnostic[];
  /** for the target stage */
  size: SizeEstimate;
  /** stage indexes in the order BuildKit would need them for the target (dependencies first) */
  buildOrder: number[];
}

export interface AnalyzeOptions {
  /** `docker build --target NAME`, matched case-insensitively */
  target?: string;
  /** `--build-arg` values, used to expand ARGs in FROM */
  buildArgs?: Record<string, string>;
  /**
   * `--build-context NAME=SOURCE` pairs: a `--from` / `from=` naming one reads that context, so it
   * is neither a missing stage nor an image pull
   */
  buildContexts?: Record<string, string>;
  /** the build context's `.dockerignore` text, for the checks that read it (CopyIgnoredFile) */
  dockerignore?: string;
}

// ---------------------------------------------------------------------------
// Parsed model (lib/analyzer/parse). Everything keeps 1-based ranges into the source.

export interface Directive {
  /** lowercased: syntax | escape | check */
  name: string;
  value: string;
  /** the whole directive comment, from `#` to the end of the value */
  range: Range;
  /** just the value */
  valueRange?: Range;
}

/** `--name=value` or `--name` before an instruction's arguments. */
export interface Flag {
  /** without the leading dashes, as written */
  name: string;
  /** null for a bare `--name` */
  value: string | null;
  range: Range;
  valueRange: Range | null;
}

/** One whitespace-delimited argument word of an instruction, quotes kept as written. */
export interface Word {
  value: string;
  range: Range;
}

export interface Heredoc {
  /** the delimiter word, without quotes or `-` */
  name: string;
  /** `<<-`: leading tabs are stripped */
  chomp: boolean;
  /** false when the delimiter was quoted, so variables are not expanded */
  expand: boolean;
  content: string;
  /** the body lines, from the line after the instruction to the terminator line inclusive */
  range: Range;
  terminated: boolean;
}

export interface Instruction {
  /** uppercased keyword, e.g. FROM, COPY, RUN */
  keyword: string;
  /** the keyword exactly as written, e.g. `from` */
  keywordRaw: string;
  keywordRange: Range;
  /** from the keyword to the end of the last continuation or heredoc line */
  range: Range;
  /** read-only: instructions without flags share one empty list */
  flags: readonly Flag[];
  /** the argument words after the flags (shell-form tokenisation, quotes kept) */
  args: Word[];
  /** the argument text after the flags, continuations joined, as BuildKit sees it */
  text: string;
  /** set when the arguments are a valid JSON string array (exec form) */
  json: string[] | null;
  /** read-only: instructions without heredocs share one empty list */
  heredocs: readonly Heredoc[];
  /** the wrapped instruction of `ONBUILD <instruction>` */
  onbuild?: Instruction;
  /** the span of `text` in the source (may cross continuation lines); absent when there are no arguments */
  argsRange?: Range;
  /** 1-based lines inside the continuation that were blank and skipped (BuildKit: NoEmptyContinuation) */
  emptyContinuationLines?: number[];
  /** 1-based line of the last physical line before any heredoc body (BuildKit reports continuation warnings there) */
  continuationEndLine?: number;
  /** BuildKit's PrevComment: comment texts since the previous instruction (a bare `#` resets them), read by `# check=` and definition descriptions */
  prevComments?: string[];
}

export interface Comment {
  text: string;
  range: Range;
}

export interface Dockerfile {
  directives: Directive[];
  escape: '\\' | '`';
  instructions: Instruction[];
  comments: Comment[];
  /** problems found while parsing (rule ids from lib/analyzer/rules) */
  diagnostics: Diagnostic[];
  /** source split into lines, without line terminators */
  lines: string[];
}

// ---------------------------------------------------------------------------
// Stage model (lib/analyzer/stages.ts).

export type StageRefKind = 'from' | 'copy' | 'mount';

/** A place that names another stage or an image: FROM base, COPY --from, RUN --mount from=. */
export interface StageRef {
  kind: StageRefKind;
  /** the value as written (after ARG expansion for FROM) */
  value: string;
  range: Range;
  instruction: Instruction;
  /** the stage this ref lives in; -1 for none */
  stage: number;
  /** index of the stage it resolves to, or null for an image / nothing */
  resolved: number | null;
  /** how it resolved */
  via: 'name' | 'index' | 'image' | 'none';
  /** inside `ONBUILD`: it runs in the stages built FROM this one, not in this stage */
  onbuild?: boolean;
  /** for a mount: its `target=` path (BuildKit names it in the forward-reference error) */
  mountTarget?: string;
}

/** Which variables an expanded FROM word used (BuildKit's ProcessWordWithMatches). */
export interface VariableUse {
  matched: string[];
  unmatched: string[];
  /** set when the expansion itself fails, e.g. `${X:?}` */
  error: string | null;
  /** why the analyzer stopped evaluating the word (nested too deep, patterns too costly) */
  limit?: string | null;
}

export interface StageInfo extends Stage {
  from: Instruction;
  /** lowercased name, or null */
  key: string | null;
  nameRange: Range | null;
  baseRange: Range | null;
  /** the instructions after FROM, up to the next FROM */
  instructions: Instruction[];
  refs: StageRef[];
  /** the base word as written, before ARG expansion */
  baseRaw?: string;
  baseVars?: VariableUse;
  /** the `--platform` value as written */
  platformRaw?: string;
  platformVars?: VariableUse;
}

export interface StageModel {
  stages: StageInfo[];
  /** ARGs declared before the first FROM, with their default values (undefined: no default) */
  globalArgs: Map<string, string | undefined>;
  /** instructions before the first FROM other than ARG */
  preamble: Instruction[];
  /** references made by preamble instructions (BuildKit rejects those files anyway) */
  preambleRefs?: StageRef[];
  /** the values FROM sees: automatic platform ARGs, global ARGs, `--build-arg` overrides */
  env?: ReadonlyMap<string, string>;
  /** the same from ARG defaults only (what BuildKit's InvalidDefaultArgInFrom check uses) */
  defaultEnv?: ReadonlyMap<string, string>;
  target: number;
  buildOrder: number[];
  /** per-analysis data that rules share (see memo.ts); dies with the model */
  memo: Map<symbol, unknown>;
}

// ---------------------------------------------------------------------------
// Rules (lib/analyzer/rules/<id>.ts).

export interface RuleMeta {
  id: string;
  severity: Severity;
  /** one line */
  description: string;
  /** lesson slug or upstream rule page */
  docs?: string;
  /** the BuildKit build check this mirrors, e.g. StageNameCasing */
  buildkit?: string;
  /** the hadolint rule this mirrors, e.g. DL3022 */
  hadolint?: string;
  /**
   * a BuildKit experimental check: analyze() runs it only when `# check=experimental=` names its
   * `buildkit` name, and then `skip=` does not silence it (linter.Run tests the two apart)
   */
  experimental?: boolean;
  /**
   * When BuildKit raises this rule's error: `validation` (the default) before any stage runs, for
   * every stage; `dispatch` only while resolving or dispatching a stage the target needs, so in a
   * skipped stage analyze() reports it as a warning (skipped-stages.ts)
   */
  raisedAt?: RaisedAt;
}

/** When BuildKit raises an error: for every stage up front, or only in the stages it builds. */
export type RaisedAt = 'validation' | 'dispatch';

/** A finding as a rule reports it; `raisedAt` overrides the rule's for a part raised elsewhere. */
export type Report = Omit<Diagnostic, 'rule' | 'severity' | 'docs'> & {
  severity?: Severity;
  raisedAt?: RaisedAt;
};

export interface RuleContext {
  source: string;
  file: Dockerfile;
  model: StageModel;
  options: AnalyzeOptions;
  report(diagnostic: Report): void;
}

export interface Rule {
  meta: RuleMeta;
  check(context: RuleContext): void;
}

/** Identity helper that types a rule module. */
export function defineRule(rule: Rule): Rule {
  return rule;
}

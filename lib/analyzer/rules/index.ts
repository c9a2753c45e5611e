import { apkNoCache } from './apk-no-cache';
import { aptListsNotCleaned } from './apt-lists-not-cleaned';
import { aptNoInstallRecommends } from './apt-no-install-recommends';
import { consistentInstructionCasing } from './consistent-instruction-casing';
import { duplicateDirective } from './duplicate-directive';
import { exposeInvalidFormat } from './expose-invalid-format';
import { exposeProtoCasing } from './expose-proto-casing';
import { invalidEscapeDirective } from './invalid-escape-directive';
import { invalidKeyValue } from './invalid-key-value';
import { jsonArgsRecommended } from './json-args-recommended';
import { jsonArrayNonString } from './json-array-non-string';
import { legacyKeyValueFormat } from './legacy-key-value-format';
import { maintainerDeprecated } from './maintainer-deprecated';
import { multipleInstructionsDisallowed } from './multiple-instructions-disallowed';
import { noEmptyContinuation } from './no-empty-continuation';
import { noInstructions } from './no-instructions';
import { pipNoCacheDir } from './pip-no-cache-dir';
import { secretsUsedInArgOrEnv } from './secrets-used-in-arg-or-env';
import { undefinedVar } from './undefined-var';
import { unknownInstruction } from './unknown-instruction';
import { unterminatedHeredoc } from './unterminated-heredoc';
import { workdirRelativePath } from './workdir-relative-path';
import type { Rule } from '../types';

/** Every rule, kept alphabetical by id (one import and one entry per rule file). */
export const rules: readonly Rule[] = [
  apkNoCache,
  aptListsNotCleaned,
  aptNoInstallRecommends,
  consistentInstructionCasing,
  duplicateDirective,
  exposeInvalidFormat,
  exposeProtoCasing,
  invalidEscapeDirective,
  invalidKeyValue,
  jsonArgsRecommended,
  jsonArrayNonString,
  legacyKeyValueFormat,
  maintainerDeprecated,
  multipleInstructionsDisallowed,
  noEmptyContinuation,
  noInstructions,
  pipNoCacheDir,
  secretsUsedInArgOrEnv,
  undefinedVar,
  unknownInstruction,
  unterminatedHeredoc,
  workdirRelativePath,
];

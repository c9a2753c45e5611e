import { apkNoCache } from './apk-no-cache';
import { aptListsNotCleaned } from './apt-lists-not-cleaned';
import { aptNoInstallRecommends } from './apt-no-install-recommends';
import { baseNameExpansion } from './base-name-expansion';
import { buildToolsInFinalStage } from './build-tools-in-final-stage';
import { circularStageDependency } from './circular-stage-dependency';
import { consistentInstructionCasing } from './consistent-instruction-casing';
import { copyIgnoredFile } from './copy-ignored-file';
import { copyStageRoot } from './copy-stage-root';
import { copyUrlSource } from './copy-url-source';
import { duplicateDirective } from './duplicate-directive';
import { duplicateStageName } from './duplicate-stage-name';
import { emptyBaseName } from './empty-base-name';
import { exposeInvalidFormat } from './expose-invalid-format';
import { exposeProtoCasing } from './expose-proto-casing';
import { externalImageReference } from './external-image-reference';
import { forwardStageReference } from './forward-stage-reference';
import { fromAsCasing } from './from-as-casing';
import { fromPlatformFlagConstDisallowed } from './from-platform-flag-const-disallowed';
import { instructionBeforeFrom } from './instruction-before-from';
import { invalidAddChecksum } from './invalid-add-checksum';
import { invalidChmod } from './invalid-chmod';
import { invalidDefaultArgInFrom } from './invalid-default-arg-in-from';
import { invalidDefinitionDescription } from './invalid-definition-description';
import { invalidEscapeDirective } from './invalid-escape-directive';
import { invalidExposePort } from './invalid-expose-port';
import { invalidFrom } from './invalid-from';
import { invalidHealthcheck } from './invalid-healthcheck';
import { invalidImageReference } from './invalid-image-reference';
import { invalidInstructionArguments } from './invalid-instruction-arguments';
import { invalidInstructionFlag } from './invalid-instruction-flag';
import { invalidKeyValue } from './invalid-key-value';
import { invalidRunMount } from './invalid-run-mount';
import { invalidStageName } from './invalid-stage-name';
import { invalidSyntaxDirective } from './invalid-syntax-directive';
import { jsonArgsRecommended } from './json-args-recommended';
import { jsonArrayNonString } from './json-array-non-string';
import { latestBaseImage } from './latest-base-image';
import { legacyKeyValueFormat } from './legacy-key-value-format';
import { lineTooLong } from './line-too-long';
import { maintainerDeprecated } from './maintainer-deprecated';
import { multipleInstructionsDisallowed } from './multiple-instructions-disallowed';
import { noEmptyContinuation } from './no-empty-continuation';
import { noInstructions } from './no-instructions';
import { noStages } from './no-stages';
import { pipNoCacheDir } from './pip-no-cache-dir';
import { redundantTargetPlatform } from './redundant-target-platform';
import { reservedStageName } from './reserved-stage-name';
import { runInScratchStage } from './run-in-scratch-stage';
import { secretsUsedInArgOrEnv } from './secrets-used-in-arg-or-env';
import { stageIndexOutOfRange } from './stage-index-out-of-range';
import { stageNameCasing } from './stage-name-casing';
import { undefinedArgInFrom } from './undefined-arg-in-from';
import { undefinedVar } from './undefined-var';
import { unknownInstruction } from './unknown-instruction';
import { unknownStageReference } from './unknown-stage-reference';
import { unknownTarget } from './unknown-target';
import { unreachableStage } from './unreachable-stage';
import { untaggedBaseImage } from './untagged-base-image';
import { unterminatedHeredoc } from './unterminated-heredoc';
import { variableInFromFlag } from './variable-in-from-flag';
import { workdirRelativePath } from './workdir-relative-path';
import type { Rule } from '../types';

/** Every rule, kept alphabetical by id (one import and one entry per rule file). */
export const rules: readonly Rule[] = [
  apkNoCache,
  aptListsNotCleaned,
  aptNoInstallRecommends,
  baseNameExpansion,
  buildToolsInFinalStage,
  circularStageDependency,
  consistentInstructionCasing,
  copyIgnoredFile,
  copyStageRoot,
  copyUrlSource,
  duplicateDirective,
  duplicateStageName,
  emptyBaseName,
  exposeInvalidFormat,
  exposeProtoCasing,
  externalImageReference,
  forwardStageReference,
  fromAsCasing,
  fromPlatformFlagConstDisallowed,
  instructionBeforeFrom,
  invalidAddChecksum,
  invalidChmod,
  invalidDefaultArgInFrom,
  invalidDefinitionDescription,
  invalidEscapeDirective,
  invalidExposePort,
  invalidFrom,
  invalidHealthcheck,
  invalidImageReference,
  invalidInstructionArguments,
  invalidInstructionFlag,
  invalidKeyValue,
  invalidRunMount,
  invalidStageName,
  invalidSyntaxDirective,
  jsonArgsRecommended,
  jsonArrayNonString,
  latestBaseImage,
  legacyKeyValueFormat,
  lineTooLong,
  maintainerDeprecated,
  multipleInstructionsDisallowed,
  noEmptyContinuation,
  noInstructions,
  noStages,
  pipNoCacheDir,
  redundantTargetPlatform,
  reservedStageName,
  runInScratchStage,
  secretsUsedInArgOrEnv,
  stageIndexOutOfRange,
  stageNameCasing,
  undefinedArgInFrom,
  undefinedVar,
  unknownInstruction,
  unknownStageReference,
  unknownTarget,
  unreachableStage,
  untaggedBaseImage,
  unterminatedHeredoc,
  variableInFromFlag,
  workdirRelativePath,
];

import { expect, test } from 'vitest';
import { parse } from './parse';
import { stageAtLine, targetNeeding } from './skipped-stages';
import { buildStageModel } from './stages';

const modelOf = (source: string) => buildStageModel(parse(source));

test('stageAtLine finds the stage whose lines hold a line, none before the first FROM', () => {
  const model = modelOf(
    'ARG X=1\nFROM alpine:3.20 AS a\nRUN true\n\nFROM alpine:3.20 AS b\nRUN true\n',
  );
  expect(stageAtLine(model, 1)).toBeUndefined();
  expect(stageAtLine(model, 2)?.name).toBe('a');
  expect(stageAtLine(model, 4)?.name).toBe('a');
  expect(stageAtLine(model, 5)?.name).toBe('b');
  expect(stageAtLine(model, 6)?.name).toBe('b');
});

test('targetNeeding names the last stage --target can select whose build needs the stage', () => {
  const model = modelOf(
    [
      'FROM alpine:3.20 AS tools',
      'FROM alpine:3.20 AS app',
      'COPY --from=tools /t /t',
      'FROM app AS release',
      'FROM alpine:3.20 AS docs',
      'FROM alpine:3.20',
      '',
    ].join('\n'),
  );
  const [tools, app, release, docs, last] = model.stages;
  expect(targetNeeding(model, tools!)?.name).toBe('release');
  expect(targetNeeding(model, app!)?.name).toBe('release');
  expect(targetNeeding(model, release!)?.name).toBe('release');
  expect(targetNeeding(model, docs!)?.name).toBe('docs');
  // an unnamed stage that nothing needs cannot be selected by --target
  expect(targetNeeding(model, last!)).toBeUndefined();
});

test('a repeated name selects its last stage, as BuildKit keeps the last one by name', () => {
  const model = modelOf(
    'FROM alpine:3.20 AS base\nFROM alpine:3.20 AS dup\nCOPY --from=base / /x\nFROM alpine:3.20 AS dup\nFROM alpine:3.20\n',
  );
  const [base, firstDup] = model.stages;
  // --target dup builds the second dup, which needs nothing: the first dup cannot be selected
  expect(targetNeeding(model, firstDup!)).toBeUndefined();
  expect(targetNeeding(model, base!)?.name).toBe('base');
});

test('one walk serves every stage: a 2000-stage chain is answered for each stage', () => {
  const lines = ['FROM alpine:3.20 AS s0'];
  for (let index = 1; index < 2000; index++) lines.push(`FROM s${index - 1} AS s${index}`);
  lines.push('FROM alpine:3.20');
  const model = modelOf(lines.join('\n'));
  for (const stage of model.stages.slice(0, 2000)) {
    expect(targetNeeding(model, stage)?.name).toBe('s1999');
  }
});

/** Prints the calibration tables for docs/size-calibration.md: `npm run size:calibration`. */
import { formatBytes, formatRange } from '../format';
import { measureCalibration } from './measure';
import { measurePublished, PUBLISHED_CASES, summarize } from './real-images';

function realImagesTable(): string[] {
  const results = PUBLISHED_CASES.map(measurePublished);
  const out = [
    '| image | basis | published | estimate | range | holds? | estimate ÷ published | source |',
    '|---|---|---|---|---|---|---|---|',
  ];
  for (const r of results) {
    const e = r.estimate;
    out.push(
      `| \`${r.case.id}\` ${r.case.title} | ${r.basis} | ${formatBytes(r.published)} | ${formatBytes(e.bytes)} | ${formatRange(e.low, e.high)} | ${r.holds ? 'yes' : '**NO**'} | ${r.ratio.toFixed(2)} | ${r.case.source} |`,
    );
  }
  const s = summarize(results);
  const percent = (x: number) => `${Math.round(x * 100)}%`;
  out.push(
    '',
    `${s.cases} real images: the range holds the published size in ${percent(s.coverage)}; ` +
      `the point estimate is within 2× in ${percent(s.withinTwice)}; ` +
      `median estimate ÷ published ${s.medianRatio.toFixed(2)}; ` +
      `worst ${s.worstFactor.toFixed(1)}× off (${s.worstCase}).`,
  );
  return out;
}

function writtenCasesTable(): string[] {
  const rows = measureCalibration();
  const out = [
    '| Dockerfile | expected (uncompressed) | estimate (uncompressed) | estimate range | compressed | one stage → saving | in range | source of the expected range |',
    '|---|---|---|---|---|---|---|---|',
  ];
  for (const { case: c, estimate: e, inRange } of rows) {
    const single =
      e.singleStage && e.saving && e.saving.bytes > 0
        ? `${formatBytes(e.singleStage.bytes)} → saves ${formatBytes(e.saving.bytes)}`
        : '—';
    out.push(
      `| \`${c.id}\` ${c.title} | ${c.expectedMb[0]}–${c.expectedMb[1]} MB | ${formatBytes(e.bytes)} | ${formatRange(e.low, e.high)} | ${e.compressed ? formatBytes(e.compressed.bytes) : '—'} | ${single} | ${inRange ? 'yes' : '**NO**'} | ${c.source} |`,
    );
  }
  const bad = rows.filter((r) => !r.inRange).length;
  out.push('', `${rows.length - bad}/${rows.length} estimates inside their expected range.`);
  return out;
}

console.log(
  [
    '## Real images',
    '',
    ...realImagesTable(),
    '',
    '## Written cases',
    '',
    ...writtenCasesTable(),
  ].join('\n'),
);

/** Prints the calibration table for docs/size-calibration.md: `npm run size:calibration`. */
import { formatBytes, formatRange } from '../format';
import { measureCalibration } from './measure';

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
console.log(out.join('\n'));

/**
 * `npm run conformance [-- SOURCE...]`: agreement with the third-party corpus, per source, with
 * every disagreement listed. Exits 0 and says so when the corpus is absent.
 */
import { corpusDir } from './corpus';
import { runConformance } from './runner';

const dir = corpusDir();
if (!dir) {
  console.log('conformance: corpus not found (set CORPUS_DIR); skipped');
  process.exit(0);
}
const reports = await runConformance(dir, process.argv.slice(2));
let agreed = 0;
let total = 0;
for (const r of reports) {
  agreed += r.agreed;
  total += r.total;
  const pct = r.total ? ((100 * r.agreed) / r.total).toFixed(1) : '-';
  const skipped = r.skipped ? `, ${r.skipped} not applicable` : '';
  console.log(`${r.source}: ${r.agreed}/${r.total} (${pct}%)${skipped}  ${r.title}`);
  for (const d of r.disagreements) console.log(`  ✗ ${d.path}: ${d.detail}`);
}
console.log(`total: ${agreed}/${total}`);

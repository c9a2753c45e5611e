/** Node-only: times the pathological inputs for `npm run bench` (the shapes stay pure for the tests). */
import { analyze } from '../analyze';
import { pathologicalInputs } from './pathological';

/** Times analyze() on every input (the fastest of `rounds` runs) and prints one line each. */
export function reportPathological(rounds = 3): void {
  console.log('pathological inputs (issue 20): analyze(), fastest of 3 runs');
  for (const input of pathologicalInputs()) {
    let fastest = Infinity;
    for (let round = 0; round < rounds; round++) {
      const start = performance.now();
      analyze(input.source);
      fastest = Math.min(fastest, performance.now() - start);
    }
    const size = `${input.source.length} chars`;
    console.log(
      `  ${input.name.padEnd(36)} ${size.padStart(15)} ${fastest.toFixed(1).padStart(9)} ms`,
    );
  }
  console.log('');
}

/**
 * The program `bench:instructions` runs under callgrind: one tool called `n` times on one input.
 * Two runs with different `n` differ only by the extra calls.
 * Usage: node workload.mjs <corpus dir> <tool> <1x|10x> <n>
 */
import { enlarge, rootDockerfile } from './inputs';
import { benchTools } from './tools';

const [corpus = '', tool = 'analyze', size = '1x', count = '0'] = process.argv.slice(2);
const root = rootDockerfile(corpus);
const fn = benchTools[tool];
const input = size === '10x' ? enlarge(root, 10) : size === '1x' ? root : undefined;
if (!fn || input === undefined) throw new Error(`unknown tool or input: ${tool} ${size}`);
const n = Number(count);
for (let k = 0; k < n; k++) fn(input);

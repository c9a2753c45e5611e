import { createRequire } from 'node:module';
import { expect, test } from 'vitest';

const require = createRequire(import.meta.url);
const loader = require('./text-module-loader.cjs') as (source: string) => string;

test('the text loader turns any file into a module whose default export is its exact text', async () => {
  const source = 'title: "Quotes" and `backticks` ${not} a template\n  – unicode ✓\n';
  const code = loader(source);
  const mod = (await import(`data:text/javascript,${encodeURIComponent(code)}`)) as {
    default: string;
  };
  expect(mod.default).toBe(source);
});

import { renderToStaticMarkup } from 'react-dom/server';
import { expect, test } from 'vitest';
import { Pre } from './code-block';
import { DockerfileBlock } from './dockerfile-block';
import { H2 } from './heading';
import { parseLineRanges } from './highlight-lines';
import { extractHeadings } from '@/lib/content/headings';

const SOURCE =
  'FROM golang:1.22 AS build\nRUN go build -o /app\n\nFROM alpine:3.20\nCOPY --from=build /app /app\n';

// What MDX hands to `pre` for a fenced ```dockerfile block.
const fenced = (
  <pre>
    <code className="language-dockerfile">{SOURCE}</code>
  </pre>
);

function highlightedLines(html: string): number[] {
  return [...html.matchAll(/data-line="(\d+)" data-highlighted=""/g)].map((m) => Number(m[1]));
}

test('line ranges parse singles, ranges and braces; junk is ignored', () => {
  expect([...parseLineRanges('{3,5-7}')]).toEqual([3, 5, 6, 7]);
  expect([...parseLineRanges('1, 4-4, x, 9-')]).toEqual([1, 4]);
  expect(parseLineRanges(undefined).size).toBe(0);
});

test('DockerfileBlock marks exactly the requested lines of a wrapped fenced block', () => {
  const html = renderToStaticMarkup(<DockerfileBlock highlight="1,4-5">{fenced}</DockerfileBlock>);
  expect(highlightedLines(html)).toEqual([1, 4, 5]);
  expect(html).toContain('data-line="5"');
  expect(html).not.toContain('data-line="6"');
  expect(html).toContain('highlighted lines: 1,4-5');
});

test('a plain fenced block renders every line, none highlighted, keywords emphasised', () => {
  const html = renderToStaticMarkup(<Pre>{fenced.props.children}</Pre>);
  expect(highlightedLines(html)).toEqual([]);
  expect(html).toContain('data-language="dockerfile"');
  expect(html).toContain(
    '<span class="font-semibold text-sky-300">COPY</span> --from=build /app /app',
  );
  expect(html).toContain('tabindex="0"');
});

test('heading ids match the table of contents the loader builds', () => {
  const [heading] = extractHeadings('## Copying with `COPY --from` and [links](/x)');
  const html = renderToStaticMarkup(
    <H2>
      Copying with <code>COPY --from</code> and <a href="/x">links</a>
    </H2>,
  );
  expect(heading?.id).toBe('copying-with-copy-from-and-links');
  expect(html).toContain(`id="${heading?.id}"`);
});

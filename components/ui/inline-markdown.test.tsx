import { renderToStaticMarkup } from 'react-dom/server';
import { expect, test } from 'vitest';
import { InlineMarkdown } from './inline-markdown';

const render = (text: string) => renderToStaticMarkup(<InlineMarkdown text={text} />);

test('inline code becomes a code element, without the backticks or a paragraph around it', () => {
  const html = render('Recognise a `--from` name that points at no stage');
  expect(html).toMatch(
    /^Recognise a <code class="[^"]+">--from<\/code> name that points at no stage$/,
  );
});

test('emphasis, bold and links render as elements', () => {
  expect(render('*one* and **two** and [three](/learn/x/)')).toBe(
    '<em>one</em> and <strong>two</strong> and <a href="/learn/x/">three</a>',
  );
});

test('raw HTML in the text is dropped, never rendered as markup', () => {
  const html = render('before <img src=x onerror="alert(1)"> after');
  expect(html).not.toContain('<img');
  expect(html).toContain('before');
});

test('plain text and characters Markdown would escape come out as text', () => {
  expect(render('Copy only what you need, not /')).toBe('Copy only what you need, not /');
  expect(render('a < b & c')).toBe('a &lt; b &amp; c');
});

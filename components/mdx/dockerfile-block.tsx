import type { ReactNode } from 'react';
import { CodeBlock, codeFromChildren } from './code-block';

/**
 * A Dockerfile with highlighted lines. Wrap a fenced block (blank lines around it):
 * `<DockerfileBlock highlight="3,5-7" title="Dockerfile">` … `</DockerfileBlock>`, or pass `code`.
 * MDX drops a fence's meta string (`{3,5-7}`) before components see it, hence the attribute.
 */
export function DockerfileBlock({
  highlight,
  title,
  code,
  children,
}: {
  highlight?: string;
  title?: string;
  code?: string;
  children?: ReactNode;
}) {
  const source = code ?? codeFromChildren(children).code;
  return <CodeBlock code={source} language="dockerfile" highlight={highlight} title={title} />;
}

import type { MDXComponents } from 'mdx/types';
import { ArchitectureDiagram } from '@/components/mdx/architecture-diagram';
import { BuildCostCalculator } from '@/components/mdx/build-cost-calculator';
import { Callout } from '@/components/mdx/callout';
import { Pre } from '@/components/mdx/code-block';
import { DockerfileBlock } from '@/components/mdx/dockerfile-block';
import { H2, H3 } from '@/components/mdx/heading';
import { Playground } from '@/components/mdx/playground';
import { Quiz } from '@/components/mdx/quiz';
import { Table } from '@/components/mdx/table';

// The closed vocabulary lessons may use. One import and one entry per file in components/mdx/.
const components: MDXComponents = {
  h2: H2,
  h3: H3,
  pre: Pre,
  table: Table,
  ArchitectureDiagram,
  BuildCostCalculator,
  Callout,
  DockerfileBlock,
  Playground,
  Quiz,
};

/** Required by @next/mdx in the App Router: the components every .mdx file can use. */
export function useMDXComponents(): MDXComponents {
  return components;
}

import createMDX from '@next/mdx';
import { fileURLToPath } from 'node:url';

const withMDX = createMDX({
  options: {
    // Turbopack only accepts plugins by name, with serialisable options.
    remarkPlugins: [
      'remark-frontmatter',
      ['remark-mdx-frontmatter', { name: 'frontmatter' }],
      'remark-gfm',
    ],
  },
});

/** @type {import('next').NextConfig} */
const nextConfig = {
  output: 'export',
  trailingSlash: true,
  pageExtensions: ['ts', 'tsx', 'mdx'],
  images: { unoptimized: true },
  allowedDevOrigins: ['127.0.0.1'],
  // quiz.yaml and *.Dockerfile become text modules so `next dev` re-renders a lesson when one is
  // saved (see lib/content/dev-watch.ts); the site still reads them through lib/content.
  turbopack: {
    rules: {
      '*.{yaml,Dockerfile}': {
        loaders: [fileURLToPath(new URL('./lib/content/text-module-loader.cjs', import.meta.url))],
        as: '*.js',
      },
    },
  },
};

export default withMDX(nextConfig);

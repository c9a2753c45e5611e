import createMDX from '@next/mdx';

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
};

export default withMDX(nextConfig);

/**
 * The reference bench:build measures Kiosque against, in the same run: a bare Next.js static export
 * of the same articles, one page each, in the way of Next's blog-starter example (gray-matter, remark,
 * remark-html). Plain JavaScript, so that Next sets up no TypeScript in this folder.
 */
const nextConfig = { output: 'export' };

export default nextConfig;

import type { NextConfig } from 'next';

const nextConfig: NextConfig = {
  // The end-to-end suite builds into its own folder so it never clobbers a developer's `.next`.
  distDir: process.env.KIOSQUE_DIST_DIR || '.next',
  poweredByHeader: false,
  reactStrictMode: true,
  experimental: {
    // Articles and the rest of the site have different root layouts (`<html lang>` follows the
    // article), so unmatched URLs need a 404 page of their own.
    globalNotFound: true,
  },
};

export default nextConfig;

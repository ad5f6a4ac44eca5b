// Next config: transpile the shared UI source and the pure kernel modules the builder uses (browser GraphQL calls go through app/graphql/route.ts).
import type { NextConfig } from 'next';

const config: NextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  transpilePackages: ['@nexus/ui', '@nexus/kernel'],
};

export default config;

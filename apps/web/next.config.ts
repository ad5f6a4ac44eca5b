// Next config: transpile the shared UI source (browser GraphQL calls go through app/graphql/route.ts).
import type { NextConfig } from 'next';

const config: NextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  transpilePackages: ['@nexus/ui'],
};

export default config;

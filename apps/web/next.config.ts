// Next config: transpile the shared UI source and the workflow model the builder shares with the compiler (browser GraphQL calls go through app/graphql/route.ts).
import type { NextConfig } from 'next';

const config: NextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  transpilePackages: ['@nexus/ui', '@nexus/workflow-model'],
};

export default config;

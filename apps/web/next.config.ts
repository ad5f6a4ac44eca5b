// Next config: transpile the shared UI source and proxy browser GraphQL calls to the gateway (no CORS).
import type { NextConfig } from 'next';
import { serverEnv } from './src/env';

const config: NextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  transpilePackages: ['@nexus/ui'],
  // The browser posts to same-origin /graphql; Next forwards it to the gateway.
  async rewrites() {
    return [{ source: '/graphql', destination: serverEnv().gatewayUrl }];
  },
};

export default config;

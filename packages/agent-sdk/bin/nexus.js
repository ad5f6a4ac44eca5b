#!/usr/bin/env node
// `nexus` executable: loads the TypeScript CLI through tsx, so the SDK needs no build step.
import { register } from 'tsx/esm/api';

register();
await import('../src/cli/main.ts');

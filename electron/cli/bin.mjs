#!/usr/bin/env node
// The `corroborate` command: runs the TypeScript CLI through tsx's loader.
import { register } from 'tsx/esm/api';

register();
await import('./run.ts');

// Ordered list of every migration. Add a file NNNN-name.ts and append it here.
import { migration0001 } from './0001-initial';
import { migration0002 } from './0002-stable-review';
import type { Migration } from './types';

export const MIGRATIONS: readonly Migration[] = [migration0001, migration0002];
export const SCHEMA_VERSION = MIGRATIONS.length;
export type { Migration };

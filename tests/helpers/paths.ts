// Folders of the repository, for tests and benchmarks (no test runner needed).
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
export const SEEDS_DIR = path.join(REPO_ROOT, 'seeds');

// Stable keys for what a reviewer touches. A claim or quote is (article hash, start,
// end); a cluster is the fingerprint of its members' keys, an entity that of its
// spellings. Row ids change with every re-analysis; these do not, unless the thing
// itself changed (a different member set is a different cluster).
import { createHash } from 'node:crypto';
import type { SpanKey } from '../../shared/api/types';

/** The key as the store's columns hold it (article_hash, start, end). */
export interface StoredKey {
  hash: string;
  start: number;
  end: number;
}

export const toSpanKey = (k: StoredKey): SpanKey => ({ articleHash: k.hash, start: k.start, end: k.end });
export const fromSpanKey = (k: SpanKey): StoredKey => ({ hash: k.articleHash, start: k.start, end: k.end });

/** A map key for one span; internal to a computation, never stored. */
export function spanId(k: StoredKey): string {
  return `${k.hash}\u0000${k.start}\u0000${k.end}`;
}

export function sameKey(a: StoredKey, b: StoredKey): boolean {
  return a.hash === b.hash && a.start === b.start && a.end === b.end;
}

function fingerprint(projectId: number, parts: readonly string[]): string {
  const h = createHash('sha256');
  h.update(`${projectId}\n`);
  for (const p of [...parts].sort()) h.update(`${p}\n`);
  return h.digest('hex').slice(0, 32);
}

/** Order-free fingerprint of a cluster's member claims. */
export function clusterKey(projectId: number, members: readonly StoredKey[]): string {
  return fingerprint(projectId, members.map(spanId));
}

/** Order-free fingerprint of an entity's spellings. */
export function entityKey(projectId: number, spellings: readonly string[]): string {
  return fingerprint(projectId, spellings);
}

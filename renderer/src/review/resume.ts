// Reopening a project where the reviewer left it: the cluster last open, per
// project, remembered on this machine. Its position in the default queue order is
// kept too, so a cluster deep in a 50,000-claim queue is found with one page read.
// Cluster ids are renumbered when an import re-runs the analysis, so the label is
// kept as well: a remembered id only counts when it still names the same claim.
import type { ClusterRow } from '../../../shared/api/types';
import { api } from '../api/client';
import { readStored, writeStored } from '../lib/storage';
import { DEFAULT_FILTER, rowAt, useQueue, type QueueFilter } from '../stores/queue';
import { useSelection } from '../stores/selection';

export interface Position {
  clusterId: number;
  label: string;
  /** index in the queue with the default filter and sort; null when it was opened under a filter */
  index: number | null;
}

const key = (projectId: number) => `corroborate.position.${projectId}`;

export function isDefaultFilter(f: QueueFilter): boolean {
  return (Object.keys(DEFAULT_FILTER) as Array<keyof QueueFilter>).every((k) => f[k] === DEFAULT_FILTER[k]);
}

export function rememberPosition(projectId: number, row: Pick<ClusterRow, 'id' | 'label'>, index: number | null, filter: QueueFilter): void {
  const pos: Position = { clusterId: row.id, label: row.label, index: index !== null && isDefaultFilter(filter) ? index : null };
  writeStored(key(projectId), JSON.stringify(pos));
}

export function storedPosition(projectId: number): Position | null {
  const raw = readStored(key(projectId));
  if (!raw) return null;
  try {
    const v: unknown = JSON.parse(raw);
    if (typeof v !== 'object' || v === null) return null;
    const { clusterId, label, index } = v as Record<string, unknown>;
    if (typeof clusterId !== 'number' || !Number.isInteger(clusterId) || clusterId <= 0 || typeof label !== 'string') return null;
    const i = typeof index === 'number' && Number.isInteger(index) && index >= 0 ? index : null;
    return { clusterId, label, index: i };
  } catch {
    return null;
  }
}

const same = (row: ClusterRow | undefined, pos: Position) => row !== undefined && row.label === pos.label;

/**
 * Selects the remembered cluster of the open project, else the first one. Only the same
 * claim is reopened; when it is gone the queue starts at the top, without an error.
 */
export async function resumePosition(projectId: number): Promise<boolean> {
  const pos = storedPosition(projectId);
  const sel = useSelection.getState();
  if (pos) {
    const queue = useQueue.getState;
    if (pos.index !== null && pos.index < Math.max(0, queue().total)) {
      await queue().ensureRange(pos.index, pos.index);
      if (same(rowAt(queue(), pos.index), pos)) {
        await sel.selectIndex(pos.index);
        return true;
      }
    }
    const i = queue().indexOf(pos.clusterId);
    if (i >= 0 && same(rowAt(queue(), i), pos)) {
      await sel.selectIndex(i);
      return true;
    }
    // opened under a filter, further down than the loaded pages: open it without a queue position
    const detail = await api()['clusters.get']({ clusterId: pos.clusterId }).catch(() => null);
    if (detail && detail.row.label === pos.label && useQueue.getState().projectId === projectId) {
      await sel.selectCluster(pos.clusterId);
      return true;
    }
  }
  await sel.selectIndex(0);
  return false;
}

import { memo } from 'react';
import type { ClusterRow } from '../../../shared/api/types';
import { verdictLook } from '../lib/verdicts';

/** Fixed row height: no measuring, no jumps while scrolling. */
export const ROW_HEIGHT = 76;

interface Props {
  index: number;
  total: number;
  top: number;
  row: ClusterRow | undefined;
  selected: boolean;
  onSelect(): void;
}

export const QueueRow = memo(function QueueRow({ index, total, top, row, selected, onSelect }: Props) {
  const style = { transform: `translateY(${top}px)`, height: ROW_HEIGHT };
  if (!row) {
    return (
      <div className="qrow placeholder" style={style} role="option" aria-selected={false} aria-posinset={index + 1} aria-setsize={total} id={`cluster-opt-${index}`}>
        <span className="skeleton" />
      </div>
    );
  }
  const suggested = verdictLook(row.suggested);
  const reviewed = row.reviewed ? verdictLook(row.reviewed) : null;
  return (
    <div
      id={`cluster-opt-${index}`}
      className={`qrow${selected ? ' selected' : ''}`}
      style={style}
      role="option"
      aria-selected={selected}
      aria-posinset={index + 1}
      aria-setsize={total}
      data-cluster-id={row.id}
      onClick={onSelect}
    >
      <span className={`qrow-state ${reviewed ? reviewed.className : 'v-none'}`} title={reviewed ? `Reviewed: ${reviewed.label}` : 'Unreviewed'}>
        <span aria-hidden="true">{reviewed ? reviewed.icon : '○'}</span>
        <span className="sr-only">{reviewed ? `Reviewed ${reviewed.label}.` : 'Unreviewed.'}</span>
      </span>
      <span className="qrow-body">
        {/* a search result shows the claim that matched, so the row says why it is listed */}
        {row.match ? (
          <span className="qrow-label" title={row.label}>
            <span className="sr-only">Matching claim: </span>
            {row.match}
          </span>
        ) : (
          <span className="qrow-label">{row.label}</span>
        )}
        <span className="qrow-meta">
          <span className={`tag ${suggested.className}`}>
            <span aria-hidden="true">{suggested.icon}</span> Suggested {suggested.label.toLowerCase()}
          </span>
          <span>
            {row.groupCount} source{row.groupCount === 1 ? '' : 's'}
          </span>
          {row.conflictCount > 0 && (
            <span className="conflict-count">
              <span aria-hidden="true">⚡</span> {row.conflictCount} conflict{row.conflictCount === 1 ? '' : 's'}
            </span>
          )}
          {row.mixed && <span className="tag warn">Mixed decisions</span>}
          {row.note && <span title={row.note}>✎ note</span>}
          <span className="muted">#{row.id}</span>
        </span>
      </span>
    </div>
  );
});

import { memo } from 'react';
import type { ClusterRow } from '../../../shared/api/types';
import { SuggestionNote } from '../components/VerdictBadge';
import { Term } from '../help/Term';
import { verdictLook } from '../lib/verdicts';

/** A reviewed row that departs from the suggestion: its icon and one word, so the meta line keeps its counts. */
function ShortSuggestion({ verdict }: { verdict: ClusterRow['suggested'] }) {
  const look = verdictLook(verdict);
  return (
    <span className="suggestion">
      <span className="sr-only">Suggested {look.label.toLowerCase()}</span>
      <span aria-hidden="true">
        suggested <span className={`suggestion-icon ${look.className}`}>{look.icon}</span>
      </span>
    </span>
  );
}

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
  const reviewed = row.reviewed ? verdictLook(row.reviewed) : null;
  return (
    <div
      id={`cluster-opt-${index}`}
      className={`qrow${selected ? ' selected' : ''}${reviewed ? ' reviewed' : ''}`}
      style={style}
      role="option"
      aria-selected={selected}
      aria-posinset={index + 1}
      aria-setsize={total}
      data-cluster-id={row.id}
      onClick={onSelect}
    >
      {/* the reviewer's verdict leads the row, filled; the suggestion follows in muted words */}
      <Term id={reviewed ? 'reviewer' : 'unreviewed'} className="qrow-state-term">
        <span className={`qrow-state ${reviewed ? `${reviewed.className} solid` : 'v-none'}`} aria-hidden="true">
          {reviewed ? reviewed.icon : ''}
        </span>
      </Term>
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
          <span className="sr-only">{reviewed ? `Reviewed ${reviewed.label}.` : 'Unreviewed.'} </span>
          {reviewed && (
            <Term id="reviewer">
              <span className={`badge solid ${reviewed.className}`} aria-hidden="true">
                {reviewed.icon} {reviewed.label}
              </span>
            </Term>
          )}
          {/* once reviewed, agreeing with the suggestion needs two words, not a second verdict */}
          <Term id="suggested">
            {row.reviewed === null ? (
              <SuggestionNote verdict={row.suggested} />
            ) : row.reviewed === row.suggested ? (
              <span className="suggestion">as suggested</span>
            ) : (
              <ShortSuggestion verdict={row.suggested} />
            )}
          </Term>
          <Term id="independent">
            {row.groupCount} source{row.groupCount === 1 ? '' : 's'}
          </Term>
          {row.conflictCount > 0 && (
            <Term id="conflict" className="conflict-count">
              <span aria-hidden="true">⚡</span> {row.conflictCount} conflict{row.conflictCount === 1 ? '' : 's'}
            </Term>
          )}
          {row.mixed && (
            <Term id="mixed">
              <span className="tag warn">Mixed decisions</span>
            </Term>
          )}
          {row.note && <span title={row.note}>✎ note</span>}
          <span className="muted">#{row.id}</span>
        </span>
      </span>
    </div>
  );
});

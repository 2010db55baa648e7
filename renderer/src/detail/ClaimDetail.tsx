// The selected cluster: decision, conflicts, evidence side by side, reasons,
// source groups, note, history and the split / move tools. A new cluster opens at
// its top (j/k must not land the reviewer in the middle of the next one).
import { useLayoutEffect, useRef, useState } from 'react';
import { SuggestionNote, VerdictBadge } from '../components/VerdictBadge';
import { EmptyState } from '../components/EmptyState';
import { Term } from '../help/Term';
import { useQueue } from '../stores/queue';
import { useSelection } from '../stores/selection';
import { ConflictList } from './ConflictList';
import { AutoAdvanceToggle, DecisionBar } from './DecisionBar';
import { EvidenceCard } from './EvidenceCard';
import { HistoryList } from './HistoryList';
import { NoteEditor } from './NoteEditor';
import { conflictMarks } from './conflictMarks';

export function ClaimDetail() {
  const detail = useSelection((s) => s.detail);
  const loading = useSelection((s) => s.loading);
  const split = useSelection((s) => s.split);
  const [picked, setPicked] = useState<number[]>([]);
  const [pickedFor, setPickedFor] = useState<number | null>(null);
  const total = useQueue((s) => s.total);
  const projectTotal = useQueue((s) => s.projectTotal);
  const paneRef = useRef<HTMLElement>(null);
  const shownId = detail?.row.id ?? null;

  // before paint, so the old scroll position never flashes on the new cluster
  useLayoutEffect(() => {
    if (paneRef.current) paneRef.current.scrollTop = 0;
  }, [shownId]);

  if (!detail) {
    return (
      <section className="detail-pane empty" aria-label="Claim detail" ref={paneRef}>
        {loading || total < 0 ? (
          <p role="status">Loading…</p>
        ) : total === 0 && projectTotal > 0 ? (
          <EmptyState title="No claim open">No claim in the queue fits the filters; clear them to see the claims again.</EmptyState>
        ) : total === 0 ? (
          <EmptyState title="Nothing to review here">
            The claims of the articles you add appear in the queue on the left, one <Term id="cluster">cluster</Term> per claim.
          </EmptyState>
        ) : (
          <EmptyState title="No claim open">
            Click a claim in the queue, or press <kbd>j</kbd> to open the first one.
          </EmptyState>
        )}
      </section>
    );
  }
  const { row } = detail;
  // ticks belong to one cluster; switching cluster starts afresh
  const ticks = pickedFor === row.id ? picked : [];
  const toggle = (claimId: number) => {
    setPickedFor(row.id);
    setPicked(ticks.includes(claimId) ? ticks.filter((x) => x !== claimId) : [...ticks, claimId]);
  };
  const marks = conflictMarks(detail.conflicts);

  return (
    <section className="detail-pane" aria-label="Claim detail" aria-busy={loading} ref={paneRef}>
      <header className="detail-head">
        <p className="muted small">
          <Term id="cluster">Cluster</Term> #{row.id} · {row.claimCount} claim{row.claimCount === 1 ? '' : 's'} in {row.articleIds.length} article
          {row.articleIds.length === 1 ? '' : 's'} · {row.groupCount} <Term id="independent">independent source group{row.groupCount === 1 ? '' : 's'}</Term>
        </p>
        <h1 className="detail-title">{row.label}</h1>
        <div className="verdicts">
          <span className="your-verdict">
            <span className="verdict-caption">
              <Term id="reviewer" focusable>
                Your verdict
              </Term>
            </span>
            <VerdictBadge verdict={row.reviewed} solid large />
            {row.reviewed === null && (
              <span className="muted small">
                press <kbd>c</kbd> <kbd>x</kbd> <kbd>s</kbd>
              </span>
            )}
          </span>
          <Term id="suggested" focusable>
            <SuggestionNote verdict={row.suggested} />
          </Term>
          {row.mixed && (
            <Term id="mixed" focusable>
              <span className="badge warn">
                <span aria-hidden="true">⚠</span> Members carry different decisions
              </span>
            </Term>
          )}
          <AutoAdvanceToggle />
        </div>
      </header>
      <DecisionBar current={row.reviewed} />
      {detail.reasons.length > 0 && (
        <section className="panel" aria-labelledby="reasons-h">
          <h2 id="reasons-h">
            Why this <Term id="suggested" focusable>suggestion</Term>
          </h2>
          <ul className="reasons">
            {detail.reasons.map((r, i) => (
              <li key={i}>{r}</li>
            ))}
          </ul>
        </section>
      )}
      <ConflictList conflicts={detail.conflicts} claims={detail.claims} />
      <section aria-labelledby="evidence-h" className="evidence-section">
        <div className="section-head">
          <h2 id="evidence-h">Evidence</h2>
          {detail.claims.length > 1 && (
            <button
              type="button"
              className="btn small"
              disabled={ticks.length === 0 || ticks.length >= detail.claims.length}
              onClick={() => void split(detail.claims.filter((c) => ticks.includes(c.id)).map((c) => c.key)).then(() => setPicked([]))}
            >
              Split {ticks.length || ''} ticked into a new cluster
            </button>
          )}
        </div>
        <div className="evidence-grid">
          {detail.claims.map((c) => (
            <EvidenceCard
              key={c.id}
              claim={c}
              all={detail.claims}
              marks={marks.get(c.id) ?? []}
              canSplit={detail.claims.length > 1}
              clusterVerdict={row.reviewed}
              ticked={ticks.includes(c.id)}
              onTick={() => toggle(c.id)}
            />
          ))}
        </div>
      </section>
      <section className="panel" aria-labelledby="groups-h">
        <h2 id="groups-h">
          <Term id="source-group" focusable>
            Source groups
          </Term>
        </h2>
        <ul className="groups">
          {detail.sourceGroups.map((g) => (
            <li key={g.id}>
              <strong>{g.label}</strong>{' '}
              <span className="muted">
                ({g.articleIds.length} article{g.articleIds.length === 1 ? '' : 's'})
              </span>
            </li>
          ))}
        </ul>
      </section>
      <NoteEditor key={row.id} cluster={{ id: row.id, key: row.key }} note={row.note ?? ''} />
      <HistoryList history={detail.history} />
    </section>
  );
}

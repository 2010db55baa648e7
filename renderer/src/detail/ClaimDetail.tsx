// The selected cluster: decision, conflicts, evidence side by side, reasons,
// source groups, note, history and the split / move tools.
import { useState } from 'react';
import { VerdictBadge } from '../components/VerdictBadge';
import { useSelection } from '../stores/selection';
import { ConflictList } from './ConflictList';
import { DecisionBar } from './DecisionBar';
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

  if (!detail) {
    return (
      <section className="detail-pane empty" aria-label="Claim detail">
        <p>{loading ? 'Loading…' : 'Select a claim in the queue.'}</p>
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
    <section className="detail-pane" aria-label="Claim detail" aria-busy={loading}>
      <header className="detail-head">
        <p className="muted small">
          Cluster #{row.id} · {row.claimCount} claim{row.claimCount === 1 ? '' : 's'} in {row.articleIds.length} article
          {row.articleIds.length === 1 ? '' : 's'} · {row.groupCount} independent source group{row.groupCount === 1 ? '' : 's'}
        </p>
        <h1 className="detail-title">{row.label}</h1>
        <div className="badges">
          <VerdictBadge verdict={row.suggested} prefix="Suggested" />
          <VerdictBadge verdict={row.reviewed} prefix="Reviewer" />
          {row.mixed && (
            <span className="badge warn">
              <span aria-hidden="true">⚠</span> Members carry different decisions
            </span>
          )}
        </div>
      </header>
      <DecisionBar current={row.reviewed} />
      {detail.reasons.length > 0 && (
        <section className="panel" aria-labelledby="reasons-h">
          <h2 id="reasons-h">Why this suggestion</h2>
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
        <h2 id="groups-h">Source groups</h2>
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

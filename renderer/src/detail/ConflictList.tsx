// Conflicting values with the reason; sides are labelled A/B with icons so the
// colours are never the only signal.
import type { ClaimEvidence, ConflictView } from '../../../shared/api/types';
import { Term } from '../help/Term';
import { sourceLabel } from '../lib/sourceLabel';
import { sideLabel } from './conflictMarks';

function source(claims: readonly ClaimEvidence[], claimId: number): string {
  const c = claims.find((x) => x.id === claimId);
  return c ? sourceLabel({ outlet: c.outlet, title: c.articleTitle, file: c.fileName }) : 'another cluster';
}

export function ConflictList({ conflicts, claims }: { conflicts: readonly ConflictView[]; claims: readonly ClaimEvidence[] }) {
  if (conflicts.length === 0) return null;
  return (
    <section className="panel conflicts" aria-labelledby="conflicts-h">
      <h2 id="conflicts-h">
        <span aria-hidden="true">⚡</span>{' '}
        <Term id="conflict" focusable>
          Conflicting values
        </Term>
      </h2>
      <ol>
        {conflicts.map((c, i) => (
          <li key={i}>
            <span className="tag">{c.kind}</span>{' '}
            <mark className="cf cf-a">
              <span aria-hidden="true">◆</span> {sideLabel({ n: i + 1, side: 'a' })} “{c.a.value}”
            </mark>{' '}
            <span className="muted">in {source(claims, c.a.claimId)}</span> <span aria-hidden="true">≠</span>
            <span className="sr-only">differs from</span>{' '}
            <mark className="cf cf-b">
              <span aria-hidden="true">■</span> {sideLabel({ n: i + 1, side: 'b' })} “{c.b.value}”
            </mark>{' '}
            <span className="muted">in {source(claims, c.b.claimId)}</span>
            <div className="reason">{c.reason}</div>
          </li>
        ))}
      </ol>
    </section>
  );
}

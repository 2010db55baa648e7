// One entity: its spellings per outlet, the preferred spelling and the tag actions,
// and a name the reviewer types when no spelling in the articles is the right one.
import { useState } from 'react';
import type { EntityRow } from '../../../shared/api/types';
import { Term } from '../help/Term';
import { sourceLabel } from '../lib/sourceLabel';
import { useNames } from '../stores/names';
import { useQueue } from '../stores/queue';
import { useSelection } from '../stores/selection';
import { useUi } from '../stores/ui';

/** "AP ×2, Reuters": which outlets used a spelling, each once with a count. */
export function usedBy(articles: EntityRow['spellings'][number]['articles']): string {
  const counts = new Map<string, number>();
  for (const a of articles) {
    const k = sourceLabel(a);
    counts.set(k, (counts.get(k) ?? 0) + 1);
  }
  return [...counts].map(([k, n]) => (n > 1 ? `${k} ×${n}` : k)).join(', ');
}

function showClaims(entityId: number): void {
  useUi.getState().setView('claims');
  void useQueue
    .getState()
    .setFilter({ entityId })
    .then(() => useSelection.getState().selectIndex(0));
}

function TypedName({ entity: e, done }: { entity: EntityRow; done(): void }) {
  const [name, setName] = useState(e.preferred);
  const rename = useNames((s) => s.rename);
  return (
    <form
      className="row small"
      onSubmit={(ev) => {
        ev.preventDefault();
        if (name.trim()) void rename(e.id, name).then(done);
      }}
    >
      <label htmlFor={`rename-${e.id}`}>Name in the report</label>
      <input id={`rename-${e.id}`} value={name} onChange={(ev) => setName(ev.target.value)} maxLength={300} />
      <button type="submit" className="btn small primary" disabled={!name.trim() || name.trim() === e.preferred}>
        Use this name
      </button>
      <button type="button" className="btn small ghost" onClick={done}>
        Cancel
      </button>
    </form>
  );
}

export function EntityCard({ entity: e, selected, ticked }: { entity: EntityRow; selected: boolean; ticked: boolean }) {
  const { confirm, prefer, split, toggleMerge } = useNames.getState();
  const [typing, setTyping] = useState(false);
  const state = e.spellingConflict ? (e.confirmed ? 'confirmed' : 'conflict') : 'ok';
  return (
    <article
      className={`entity entity-${state}${selected ? ' selected' : ''}`}
      data-entity-id={e.id}
      tabIndex={-1}
      aria-labelledby={`entity-${e.id}-name`}
    >
      <header className="entity-head">
        <label className="check" title="Tick two or more to merge them">
          <input type="checkbox" checked={ticked} onChange={() => toggleMerge(e.id)} aria-label={`Tick ${e.preferred} for merging`} />
        </label>
        <h2 id={`entity-${e.id}-name`}>{e.preferred}</h2>
        <span className="tag">{e.type}</span>
        {state === 'conflict' && (
          <Term id="spelling-conflict">
            <span className="badge warn">
              <span aria-hidden="true">⚠</span> Spelling conflict
            </span>
          </Term>
        )}
        {state === 'confirmed' && (
          <Term id="confirmed-person">
            <span className="badge v-corroborated">
              <span aria-hidden="true">✓</span> Confirmed same person
            </span>
          </Term>
        )}
        <span className="muted small">{e.mentionCount} mentions</span>
      </header>
      {e.roles.length > 0 && <p className="muted small">{e.roles.join(' · ')}</p>}
      <p className="small">
        Report uses <Term id="preferred-spelling"><strong>{e.preferred}</strong></Term> — {e.preferredBy ? `chosen by ${e.preferredBy}` : e.preferredReason}
      </p>
      <table className="table spellings">
        <caption className="sr-only">Spellings of {e.preferred}</caption>
        <thead>
          <tr>
            <th scope="col">Spelling</th>
            <th scope="col">Used by</th>
            <th scope="col">
              <span className="sr-only">Actions</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {e.spellings.map((s) => (
            <tr key={s.spelling}>
              <td>
                {s.spelling === e.preferred && <span aria-label="preferred">★ </span>}
                {s.spelling}
              </td>
              <td className="small">{usedBy(s.articles)}</td>
              <td className="actions">
                {s.spelling !== e.preferred && (
                  <button type="button" className="btn small" onClick={() => void prefer(e.id, s.spelling)}>
                    Use this spelling
                  </button>
                )}
                {e.spellings.length > 1 && (
                  <button type="button" className="btn small ghost" onClick={() => void split(e.id, s.spelling)} aria-label={`${s.spelling} is a different person: split it off`}>
                    Different person
                  </button>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <footer className="row">
        {e.spellings.length > 1 && !e.confirmed && (
          <button type="button" className="btn small primary" onClick={() => void confirm(e.id)}>
            ✓ Confirm same person
          </button>
        )}
        <button type="button" className="btn small ghost" aria-expanded={typing} onClick={() => setTyping(!typing)}>
          Type a name…
        </button>
        <button type="button" className="btn small ghost" onClick={() => showClaims(e.id)}>
          Show claims about {e.preferred}
        </button>
      </footer>
      {typing && <TypedName entity={e} done={() => setTyping(false)} />}
    </article>
  );
}

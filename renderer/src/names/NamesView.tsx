// People and organisations, spelling conflicts first, with the reviewer's name tags.
import { useEffect, useMemo, useRef, useState } from 'react';
import { useNames } from '../stores/names';
import { Term } from '../help/Term';
import { EntityCard } from './EntityCard';
import { NamesEmpty } from './NamesEmpty';

export function NamesView() {
  const entities = useNames((s) => s.entities);
  const loading = useNames((s) => s.loading);
  const selectedId = useNames((s) => s.selectedId);
  const mergeIds = useNames((s) => s.mergeIds);
  const merge = useNames((s) => s.merge);
  const [filter, setFilter] = useState('');
  const [conflictsOnly, setConflictsOnly] = useState(false);
  const ref = useRef<HTMLDivElement>(null);

  const shown = useMemo(() => {
    const f = filter.trim().toLowerCase();
    return entities.filter(
      (e) => (!conflictsOnly || e.spellingConflict) && (!f || e.spellings.some((s) => s.spelling.toLowerCase().includes(f)) || e.name.toLowerCase().includes(f)),
    );
  }, [entities, filter, conflictsOnly]);
  const conflicts = entities.filter((e) => e.spellingConflict && !e.confirmed).length;

  // scroll to a name opened from the reader once, not again after every tag action
  const scrolledFor = useRef<number | null>(null);
  useEffect(() => {
    if (selectedId === null || scrolledFor.current === selectedId) return;
    const el = ref.current?.querySelector<HTMLElement>(`[data-entity-id="${selectedId}"]`);
    if (!el) return;
    scrolledFor.current = selectedId;
    el.scrollIntoView({ block: 'center' });
    el.focus({ preventScroll: true });
  }, [selectedId, entities]);

  return (
    <div className="page" ref={ref}>
      <div className="page-head">
        <h1>Names</h1>
        <p className="muted">
          {entities.length} people and organisations · <strong>{conflicts}</strong>{' '}
          <Term id="spelling-conflict" focusable>
            spelling conflict{conflicts === 1 ? '' : 's'}
          </Term>{' '}
          to check
        </p>
        <label htmlFor="name-filter" className="sr-only">
          Filter names
        </label>
        <input id="name-filter" type="search" placeholder="Filter names" value={filter} onChange={(e) => setFilter(e.target.value)} />
        <label className="check">
          <input type="checkbox" checked={conflictsOnly} onChange={(e) => setConflictsOnly(e.target.checked)} /> Conflicts only
        </label>
        <div className="merge-bar" aria-live="polite">
          {mergeIds.length > 0 && (
            <>
              <span>
                {mergeIds.length} ticked: {entities.filter((e) => mergeIds.includes(e.id)).map((e) => e.preferred).join(' + ')}
              </span>
              <button type="button" className="btn primary small" disabled={mergeIds.length < 2} onClick={() => void merge()}>
                Merge into one person
              </button>
            </>
          )}
        </div>
      </div>
      {loading ? (
        <p role="status">Loading…</p>
      ) : shown.length === 0 ? (
        <NamesEmpty
          filtered={filter.trim() !== '' || conflictsOnly}
          clear={() => {
            setFilter('');
            setConflictsOnly(false);
          }}
          conflictsOnly={conflictsOnly && filter.trim() === ''}
          total={entities.length}
        />
      ) : (
        <div className="entity-list">
          {shown.map((e) => (
            <EntityCard key={e.id} entity={e} selected={e.id === selectedId} ticked={mergeIds.includes(e.id)} />
          ))}
        </div>
      )}
    </div>
  );
}

// Filters, search and sort of the claim queue.
import { useEffect, useRef, useState } from 'react';
import { VERDICTS, type Verdict } from '../../../shared/types';
import { SEARCH_INPUT_ID } from '../components/useShortcuts';
import { Term } from '../help/Term';
import { verdictLook } from '../lib/verdicts';
import { useNames } from '../stores/names';
import { useProjects } from '../stores/projects';
import { useQueue } from '../stores/queue';
import { useSelection } from '../stores/selection';

function apply(patch: Parameters<ReturnType<typeof useQueue.getState>['setFilter']>[0]) {
  void useQueue
    .getState()
    .setFilter(patch)
    .then(() => useSelection.getState().selectIndex(0));
}

export function QueueFilters() {
  const filter = useQueue((s) => s.filter);
  const total = useQueue((s) => s.total);
  const articles = useProjects((s) => s.articles);
  const entities = useNames((s) => s.entities);
  const [search, setSearch] = useState(filter.search);
  // the search this box last sent; a different one came from elsewhere (cleared filters, another project)
  const sent = useRef(filter.search);
  const applySearch = (text: string) => {
    sent.current = text;
    apply({ search: text });
  };

  useEffect(() => {
    if (filter.search === sent.current) return;
    sent.current = filter.search;
    setSearch(filter.search);
  }, [filter.search]);

  // debounce typing so FTS runs once per pause, not per keystroke
  useEffect(() => {
    if (search === sent.current) return;
    const t = setTimeout(() => applySearch(search), 250);
    return () => clearTimeout(t);
  }, [search]);

  return (
    <div className="filters">
      <div className="search-row">
        <label htmlFor={SEARCH_INPUT_ID} className="sr-only">
          Search claims
        </label>
        <input
          id={SEARCH_INPUT_ID}
          type="search"
          placeholder="Search claims  ( / )"
          value={search}
          onChange={(e) => setSearch(e.target.value)}
          onKeyDown={(e) => {
            if (e.key === 'Enter') applySearch(search);
            if (e.key === 'Escape') (e.target as HTMLInputElement).blur();
          }}
        />
      </div>
      <div className="filter-grid">
        <div className="filter">
          <label htmlFor="filter-verdict">Verdict</label>
          <select id="filter-verdict" value={filter.verdict ?? ''} onChange={(e) => apply({ verdict: (e.target.value || null) as Verdict | null })}>
            <option value="">Any</option>
            {VERDICTS.map((v) => (
              <option key={v} value={v}>
                {verdictLook(v).label}
              </option>
            ))}
          </select>
        </div>
        <div className="filter">
          <label htmlFor="filter-verdict-by">
            <Term id="verdict-by" focusable>
              Verdict by
            </Term>
            {filter.verdict === null && <span className="muted"> · choose a verdict first</span>}
          </label>
          <select
            id="filter-verdict-by"
            value={filter.verdictSource}
            onChange={(e) => apply({ verdictSource: e.target.value as 'suggested' | 'reviewed' })}
            disabled={filter.verdict === null}
            title={filter.verdict === null ? 'Choose a verdict first: this says whose verdict it filters on' : undefined}
          >
            <option value="suggested">Suggestion</option>
            <option value="reviewed">You (reviewer)</option>
          </select>
        </div>
        <div className="filter">
          <label htmlFor="filter-article">Article</label>
          <select id="filter-article" value={filter.articleId ?? ''} onChange={(e) => apply({ articleId: e.target.value ? Number(e.target.value) : null })}>
            <option value="">All articles</option>
            {articles.map((a) => (
              <option key={a.id} value={a.id}>
                {a.outlet ?? 'Unknown outlet'} — {a.title ?? a.fileName}
              </option>
            ))}
          </select>
        </div>
        <div className="filter">
          <label htmlFor="filter-name">Name</label>
          <select id="filter-name" value={filter.entityId ?? ''} onChange={(e) => apply({ entityId: e.target.value ? Number(e.target.value) : null })}>
            <option value="">Anyone</option>
            {entities.map((en) => (
              <option key={en.id} value={en.id}>
                {en.preferred}
              </option>
            ))}
          </select>
        </div>
        <div className="filter">
          <label htmlFor="filter-sort">
            <Term id="most-contested" focusable>
              Sort
            </Term>
          </label>
          <select id="filter-sort" value={filter.sort} onChange={(e) => apply({ sort: e.target.value as 'contested' | 'article' })}>
            <option value="contested">Most contested</option>
            <option value="article">Article order</option>
          </select>
        </div>
        <label className="check">
          <input type="checkbox" checked={filter.unreviewed} onChange={(e) => apply({ unreviewed: e.target.checked })} />
          Unreviewed only
        </label>
      </div>
      <p className="muted small queue-count" aria-live="polite">
        {total < 0 ? 'Loading…' : `${total.toLocaleString()} cluster${total === 1 ? '' : 's'} shown`}
      </p>
    </div>
  );
}

// Every attributed quote grouped by speaker; the same quote in different articles side by side.
// Each quote's speaker can be corrected here (SpeakerFix); "not a quote" ones are listed apart.
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { ApiError } from '../../../shared/api/errors';
import type { QuoteGroup, QuoteList } from '../../../shared/api/types';
import { api } from '../api/client';
import { useProjects } from '../stores/projects';
import { useSelection } from '../stores/selection';
import { reportError, useUi } from '../stores/ui';
import { QuoteCard, QuoteSet, type Correct } from './QuoteSet';
import { QuotesEmpty } from './QuotesEmpty';

type Quote = QuoteGroup['quotes'][number];

/**
 * Quotes reporting one statement, in first-seen order: a quote with `sameAs` joins
 * the set of the quote it points at (which itself carries `sameAs: null`).
 */
export function bundle(quotes: readonly Quote[]): Quote[][] {
  const out: Quote[][] = [];
  const byKey = new Map<number, Quote[]>();
  for (const q of quotes) {
    const key = q.sameAs ?? q.id;
    let list = byKey.get(key);
    if (!list) {
      list = [];
      byKey.set(key, list);
      out.push(list);
    }
    list.push(q);
  }
  return out;
}

export function QuotesView() {
  const projectId = useProjects((s) => s.currentId);
  const focusQuoteId = useUi((s) => s.focusQuoteId);
  const changes = useUi((s) => s.changes);
  const [list, setList] = useState<QuoteList | null>(null);
  const [filter, setFilter] = useState('');
  const ref = useRef<HTMLDivElement>(null);
  const groups = list?.groups ?? null;

  const reload = useCallback(async (): Promise<void> => {
    if (projectId === null) return;
    try {
      setList(await api()['quotes.list']({ projectId }));
    } catch (err) {
      reportError(err);
    }
  }, [projectId]);

  useEffect(() => {
    if (projectId === null) return;
    let live = true;
    const client = api();
    client['quotes.list']({ projectId })
      .then((l) => live && setList(l))
      .catch(reportError);
    return () => {
      live = false;
    };
  }, [projectId, changes]);

  const correct: Correct = async (quote, correction) => {
    if (projectId === null) return false;
    try {
      setList(await api()['quotes.correct']({ projectId, quote: quote.key, correction }));
      useUi.getState().notify(correction.kind === 'engine' ? 'Back to the engine’s speaker.' : 'Correction saved.');
      return true;
    } catch (err) {
      reportError(err);
      if (err instanceof ApiError && err.code === 'stale') await reload();
      return false;
    }
  };

  useEffect(() => {
    if (!groups || focusQuoteId === null) return;
    const el = ref.current?.querySelector<HTMLElement>(`[data-quote-id="${focusQuoteId}"]`);
    el?.scrollIntoView({ block: 'center' });
    el?.focus({ preventScroll: true });
  }, [groups, focusQuoteId]);

  const shown = useMemo(() => {
    const f = filter.trim().toLowerCase();
    if (!groups) return [];
    if (!f) return groups;
    return groups.filter((g) => g.speaker.toLowerCase().includes(f) || g.quotes.some((q) => q.text.toLowerCase().includes(f)));
  }, [groups, filter]);

  return (
    <div className="page" ref={ref}>
      <div className="page-head">
        <h1>Quotes</h1>
        <label htmlFor="quote-filter" className="sr-only">
          Filter quotes by speaker or words
        </label>
        <input id="quote-filter" type="search" placeholder="Filter by speaker or words" value={filter} onChange={(e) => setFilter(e.target.value)} />
        <button type="button" className="btn ghost" onClick={() => void useSelection.getState().undo()}>
          Undo last change
        </button>
      </div>
      {groups === null ? (
        <p role="status">Loading…</p>
      ) : shown.length === 0 ? (
        <QuotesEmpty filter={filter.trim()} clear={() => setFilter('')} />
      ) : (
        shown.map((g) => (
          <section key={`${g.speaker}-${g.entityId ?? 'none'}`} className="speaker" aria-label={`Quotes by ${g.speaker}`}>
            <h2>
              {g.speaker} <span className="muted small">({g.quotes.length} quote{g.quotes.length === 1 ? '' : 's'})</span>
            </h2>
            {bundle(g.quotes).map((set) => (
              <QuoteSet key={set[0]?.id} quotes={set} onCorrect={correct} />
            ))}
          </section>
        ))
      )}
      {list && list.notQuotes.length > 0 && (
        <section className="speaker not-quotes" aria-label="Marked as not quotes">
          <h2>
            Marked as not quotes <span className="muted small">({list.notQuotes.length}; left out of every report)</span>
          </h2>
          {list.notQuotes.map((q) => (
            <QuoteCard key={q.id} quote={q} tokens={null} onCorrect={correct} />
          ))}
        </section>
      )}
    </div>
  );
}

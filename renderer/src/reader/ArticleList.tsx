// The project's articles with their metadata; outlet and date can be corrected (re-analysis follows).
import { useVirtualizer } from '@tanstack/react-virtual';
import { memo, useEffect, useRef, useState } from 'react';
import type { ArticleRow } from '../../../shared/api/types';
import { api } from '../api/client';
import { failedStages } from '../lib/analysisWarnings';
import { Term } from '../help/Term';
import { useJobs } from '../stores/jobs';
import { useProjects } from '../stores/projects';
import { useUi } from '../stores/ui';

function EditMeta({ article, done }: { article: ArticleRow; done(): void }) {
  const [outlet, setOutlet] = useState(article.outlet ?? '');
  const [date, setDate] = useState(article.published ?? '');
  const run = useJobs((s) => s.run);
  return (
    <form
      className="edit-meta"
      onSubmit={(e) => {
        e.preventDefault();
        done();
        void run(() =>
          api()['articles.update']({ articleId: article.id, outlet: outlet.trim() || null, published: date || null }),
        );
      }}
    >
      <label htmlFor={`outlet-${article.id}`}>Outlet</label>
      <input id={`outlet-${article.id}`} value={outlet} onChange={(e) => setOutlet(e.target.value)} maxLength={200} />
      <label htmlFor={`date-${article.id}`}>Published</label>
      <input id={`date-${article.id}`} type="date" value={date} onChange={(e) => setDate(e.target.value)} />
      <div className="row">
        <button type="submit" className="btn small primary">
          Save and re-analyse
        </button>
        <button type="button" className="btn small ghost" onClick={done}>
          Cancel
        </button>
      </div>
    </form>
  );
}

interface ItemProps {
  article: ArticleRow;
  selected: boolean;
  editing: boolean;
  setEditing(id: number | null): void;
  index: number;
  total: number;
  top: number;
  measure(el: HTMLLIElement | null): void;
}

/** One article; memoised, so opening another article re-renders two rows, not hundreds. */
const ArticleItem = memo(function ArticleItem({ article: a, selected, editing, setEditing, index, total, top, measure }: ItemProps) {
  const openArticle = useUi((s) => s.openArticle);
  return (
    <li
      ref={measure}
      data-index={index}
      aria-posinset={index + 1}
      aria-setsize={total}
      className={selected ? 'selected' : ''}
      style={{ transform: `translateY(${top}px)` }}
    >
      <button type="button" className="article-item" aria-current={selected ? 'true' : undefined} onClick={() => openArticle(a.id)}>
        <span className="article-title">{a.title ?? a.fileName}</span>
        <span className="article-meta">
          <span>
            {a.outlet ?? 'Unknown outlet'}
            {a.outletOverridden && <span className="muted"> (corrected)</span>}
          </span>
          <span>
            {a.published ?? 'no date'}
            {a.publishedOverridden && <span className="muted"> (corrected)</span>}
          </span>
        </span>
        <span className="article-meta muted">
          <span>
            <Term id="source-group">Group</Term>: {a.sourceGroupLabel ?? '—'} · {a.claimCount} claims · {a.quoteCount} quotes
          </span>
        </span>
        {failedStages(a) && (
          <span className="article-meta warn-text" data-testid="article-error">
            <span aria-hidden="true">⚠</span> {failedStages(a)}
          </span>
        )}
        {a.notes.length > 0 && (
          <span className="article-meta warn-text">
            <span aria-hidden="true">⚠</span> {a.notes.length === 1 ? 'A decoding note' : `${a.notes.length} decoding notes`}: open the article to read {a.notes.length === 1 ? 'it' : 'them'}
          </span>
        )}
      </button>
      {editing ? (
        <EditMeta article={a} done={() => setEditing(null)} />
      ) : (
        <button type="button" className="btn small ghost edit-button" onClick={() => setEditing(a.id)} aria-label={`Correct outlet and date of ${a.title ?? a.fileName}`}>
          Edit outlet/date
        </button>
      )}
    </li>
  );
});

/**
 * The project's articles, virtualised like the claim queue: a project of hundreds of
 * articles renders the dozen on screen, so the Articles screen opens as fast as with five.
 * Rows are measured (an open outlet/date form makes one taller).
 */
export function ArticleList({ selected }: { selected: number | null }) {
  const articles = useProjects((s) => s.articles);
  const [editing, setEditing] = useState<number | null>(null);
  const parentRef = useRef<HTMLDivElement>(null);
  const virtualizer = useVirtualizer({
    count: articles.length,
    getScrollElement: () => parentRef.current,
    estimateSize: () => 96,
    overscan: 6,
    getItemKey: (i) => articles[i]?.id ?? i,
    // rows show on the first paint, before the list is measured (and in tests without layout)
    initialRect: { width: 0, height: 800 },
  });
  const selectedIndex = articles.findIndex((a) => a.id === selected);
  // an article opened from elsewhere (a quote, a claim) is scrolled into the list's view
  useEffect(() => {
    if (selectedIndex >= 0) virtualizer.scrollToIndex(selectedIndex, { align: 'auto' });
  }, [selectedIndex, virtualizer]);

  // an empty project: the reader pane says what to do
  if (articles.length === 0) return null;
  return (
    <>
      <p className="muted small article-count">
        {articles.length} article{articles.length === 1 ? '' : 's'}
      </p>
      <div className="article-list-scroll" ref={parentRef}>
        <ul className="article-list" aria-label="Articles in this project" style={{ height: virtualizer.getTotalSize() }}>
          {virtualizer.getVirtualItems().map((vi) => {
            const a = articles[vi.index];
            if (!a) return null;
            return (
              <ArticleItem
                key={vi.key}
                article={a}
                selected={a.id === selected}
                editing={editing === a.id}
                setEditing={setEditing}
                index={vi.index}
                total={articles.length}
                top={vi.start}
                measure={virtualizer.measureElement}
              />
            );
          })}
        </ul>
      </div>
    </>
  );
}

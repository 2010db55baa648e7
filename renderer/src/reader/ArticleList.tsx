// The project's articles with their metadata; outlet and date can be corrected (re-analysis follows).
import { useState } from 'react';
import type { ArticleRow } from '../../../shared/api/types';
import { api } from '../api/client';
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

export function ArticleList() {
  const articles = useProjects((s) => s.articles);
  const selected = useUi((s) => s.readerArticleId);
  const openArticle = useUi((s) => s.openArticle);
  const [editing, setEditing] = useState<number | null>(null);

  // an empty project: the reader pane says what to do
  if (articles.length === 0) return null;
  return (
    <ul className="article-list" aria-label="Articles in this project">
      {articles.map((a) => (
        <li key={a.id} className={a.id === selected ? 'selected' : ''}>
          <button type="button" className="article-item" aria-current={a.id === selected ? 'true' : undefined} onClick={() => openArticle(a.id)}>
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
              <Term id="source-group">Group</Term>: {a.sourceGroupLabel ?? '—'} · {a.claimCount} claims · {a.quoteCount} quotes
            </span>
          </button>
          {editing === a.id ? (
            <EditMeta article={a} done={() => setEditing(null)} />
          ) : (
            <button type="button" className="btn small ghost edit-button" onClick={() => setEditing(a.id)} aria-label={`Correct outlet and date of ${a.title ?? a.fileName}`}>
              Edit outlet/date
            </button>
          )}
        </li>
      ))}
    </ul>
  );
}

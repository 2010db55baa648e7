// The article text block by block, with claims, quotes and names highlighted;
// each highlight opens its cluster, quote or entity.
import { useEffect, useRef, useState, type ReactNode } from 'react';
import type { ArticleDetail, TextEncodingName } from '../../../shared/api/types';
import { encodingLabel, TEXT_ENCODINGS } from '../../../shared/engine/ingest/decode';
import type { Block } from '../../../shared/types';
import { api } from '../api/client';
import { errorLine, noteLines } from '../lib/analysisWarnings';
import { Term } from '../help/Term';
import { segment } from '../lib/segments';
import { useJobs } from '../stores/jobs';
import { useNames } from '../stores/names';
import { useSelection } from '../stores/selection';
import { reportError, useUi } from '../stores/ui';
import { blockLabel, describeMark, primary, readerMarks, type ReaderMark } from './readerMarks';

/** Text with the characters the decoder neutralised (hidden format characters) marked where they were. */
function withHidden(t: string, from: number, hidden: ReadonlySet<number>): ReactNode {
  if (hidden.size === 0) return t;
  const out: ReactNode[] = [];
  let last = 0;
  for (let i = 0; i < t.length; i++) {
    if (!hidden.has(from + i)) continue;
    if (i > last) out.push(t.slice(last, i));
    out.push(
      <mark key={i} className="hidden-char" title="A hidden formatting character was here (it could change how the text displays); shown as �">
        {t[i]}
      </mark>,
    );
    last = i + 1;
  }
  if (last < t.length) out.push(t.slice(last));
  return out;
}

function activate(m: ReaderMark): void {
  switch (m.kind) {
    case 'claim':
      useUi.getState().setView('claims');
      void useSelection.getState().selectCluster(m.clusterId);
      return;
    case 'quote':
      useUi.getState().showQuote(m.quoteId);
      return;
    case 'mention':
      useNames.getState().select(m.entityId);
      useUi.getState().setView('names');
      return;
  }
}

function BlockView({ text, block, marks, hidden }: { text: string; block: Block; marks: readonly ReaderMark[]; hidden: ReadonlySet<number> }) {
  const segs = segment(block.start, block.end, marks);
  const body = segs.map((s) => {
    const t = withHidden(text.slice(s.start, s.end), s.start, hidden);
    const m = primary(s.marks);
    if (!m) return <span key={s.start}>{t}</span>;
    const starting = primary(s.marks.filter((x) => x.start === s.start));
    const cls = ['hl', ...new Set(s.marks.map((x) => `hl-${x.kind}`))].join(' ');
    return (
      <mark
        key={s.start}
        className={cls}
        data-start={s.start}
        title={describeMark(m)}
        onClick={() => activate(m)}
        {...(starting
          ? {
              tabIndex: 0,
              role: 'button',
              'aria-label': `${describeMark(starting)}: ${text.slice(starting.start, starting.end)}`,
              onKeyDown: (e: React.KeyboardEvent) => {
                if (e.key === 'Enter' || e.key === ' ') {
                  e.preventDefault();
                  activate(starting);
                }
              },
            }
          : {})}
      >
        {t}
      </mark>
    );
  });
  const label = blockLabel(block.kind);
  if (block.kind === 'heading') return <h2 className="rd-heading">{body}</h2>;
  if (!label) return <p className="rd-paragraph">{body}</p>;
  return (
    <aside className={`rd-aside rd-${block.kind}`} aria-label={label}>
      <span className="rd-aside-label" aria-hidden="true">
        {block.kind === 'furniture' ? <Term id="furniture">{label}</Term> : label}
      </span>
      <p>{body}</p>
    </aside>
  );
}

function Redecode({ article }: { article: ArticleDetail }) {
  const [encoding, setEncoding] = useState<TextEncodingName>(article.encoding);
  const run = useJobs((s) => s.run);
  const busy = useJobs((s) => s.job !== null);
  return (
    <form
      className="row small redecode"
      onSubmit={(e) => {
        e.preventDefault();
        void run(() => api()['articles.redecode']({ articleId: article.id, encoding }));
      }}
    >
      <label htmlFor={`encoding-${article.id}`}>Decoded as {encodingLabel(article.encoding)}. Decode the original file as</label>
      <select id={`encoding-${article.id}`} value={encoding} onChange={(e) => setEncoding(e.target.value as TextEncodingName)}>
        {TEXT_ENCODINGS.map((x) => (
          <option key={x} value={x}>
            {encodingLabel(x)}
          </option>
        ))}
      </select>
      <button type="submit" className="btn small" disabled={busy || encoding === article.encoding}>
        Decode again
      </button>
    </form>
  );
}

/** The last few articles read, so going back to the Articles screen shows one without waiting. */
const seen = new Map<number, ArticleDetail>();
const SEEN_MAX = 8;
function remember(a: ArticleDetail): void {
  seen.delete(a.id);
  seen.set(a.id, a);
  if (seen.size > SEEN_MAX) seen.delete(seen.keys().next().value as number);
}

export function ArticleReader({ articleId }: { articleId: number }) {
  // shown at once from the last visit, then refreshed (an import may have re-analysed it)
  const [article, setArticle] = useState<ArticleDetail | null>(() => seen.get(articleId) ?? null);
  const focus = useUi((s) => s.readerFocus);
  const changes = useUi((s) => s.changes);
  const ref = useRef<HTMLElement>(null);

  useEffect(() => {
    let live = true;
    const client = api();
    client['articles.get']({ articleId })
      .then((a) => {
        remember(a);
        if (live) setArticle(a);
      })
      .catch(reportError);
    return () => {
      live = false;
    };
  }, [articleId, changes]);

  useEffect(() => {
    if (!article || focus === null) return;
    const el = ref.current?.querySelector<HTMLElement>(`[data-start="${focus}"]`);
    el?.scrollIntoView({ block: 'center' });
    el?.focus({ preventScroll: true });
  }, [article, focus]);

  if (!article) {
    return (
      <section className="reader-pane empty" aria-label="Article reader" aria-busy="true">
        <p>Loading…</p>
      </section>
    );
  }
  const marks = readerMarks(article);
  const blocks: Block[] = article.blocks.length > 0 ? article.blocks : [{ kind: 'paragraph', start: 0, end: article.text.length }];
  const hidden = new Set(article.notes.flatMap((n) => (n.kind === 'neutralised' ? n.offsets : [])));
  const notes = noteLines(article);

  return (
    <section className="reader-pane" aria-label="Article reader" ref={ref}>
      <header className="reader-head">
        <h1>{article.title ?? article.fileName}</h1>
        <p className="muted">
          {article.outlet ?? 'Unknown outlet'} · {article.published ?? 'no date'} · <Term id="source-group">source group</Term>{' '}
          {article.sourceGroupLabel ?? '—'} ·{' '}
          <span title={`SHA-256 ${article.hash}`}>{article.fileName}</span>
        </p>
        {article.errors.length > 0 && (
          <div className="banner warn" role="alert" aria-label="Analysis incomplete">
            <strong>
              <span aria-hidden="true">⚠</span> Analysis incomplete
            </strong>
            <ul>
              {article.errors.map((e, i) => (
                <li key={i}>{errorLine(e)}</li>
              ))}
            </ul>
          </div>
        )}
        {notes.length > 0 && (
          <div className="banner warn" role="note" aria-label="Decoding notes">
            <strong>
              <span aria-hidden="true">⚠</span> Decoding notes
            </strong>
            <ul>
              {notes.map((n, i) => (
                <li key={i}>{n}</li>
              ))}
            </ul>
          </div>
        )}
        <Redecode key={`${article.id}-${article.encoding}`} article={article} />
        <p className="legend small">
          <mark className="hl hl-claim">
            <Term id="claim">Claim</Term>
          </mark> <mark className="hl hl-quote">Quote</mark> <mark className="hl hl-mention">Name</mark>
          <span className="muted"> — click a highlight to open it</span>
        </p>
      </header>
      <div className="reader-text">
        {blocks.map((b, i) => (
          <BlockView key={i} text={article.text} block={b} marks={marks} hidden={hidden} />
        ))}
      </div>
    </section>
  );
}

// One statement as reported by one or more articles; wording differences against
// the first report are marked (underlined, with a text label for screen readers).
import { useState } from 'react';
import type { QuoteGroup, QuoteRow, SpeakerCorrection } from '../../../shared/api/types';
import { Term } from '../help/Term';
import { sourceLabel } from '../lib/sourceLabel';
import { wordDiff, type DiffToken } from '../lib/wordDiff';
import { useUi } from '../stores/ui';
import { correctionLine, SpeakerFix } from './SpeakerFix';

type Quote = QuoteGroup['quotes'][number];

/** Stores a correction for one quote; resolves true when it was saved. */
export type Correct = (quote: QuoteRow, correction: SpeakerCorrection) => Promise<boolean>;

function Tokens({ tokens }: { tokens: readonly DiffToken[] }) {
  return (
    <>
      {tokens.map((t, i) => (
        <span key={i}>
          {i > 0 ? ' ' : ''}
          {t.changed ? (
            <mark className="diff" title="Worded differently">
              <span className="sr-only">[differs: </span>
              {t.text}
              <span className="sr-only">]</span>
            </mark>
          ) : (
            t.text
          )}
        </span>
      ))}
    </>
  );
}

export function QuoteCard({ quote, tokens, onCorrect }: { quote: QuoteRow; tokens: readonly DiffToken[] | null; onCorrect: Correct }) {
  const openArticle = useUi((s) => s.openArticle);
  const [fixing, setFixing] = useState(false);
  const corrected = correctionLine(quote);
  return (
    <figure className="quote" data-quote-id={quote.id} tabIndex={-1}>
      {/* Reported speech carries no quotation marks in the article; adding them would put words in the speaker's mouth. */}
      {quote.kind === 'indirect' ? (
        <blockquote className="indirect" aria-label="Reported speech, not a verbatim quote">
          {tokens ? <Tokens tokens={tokens} /> : quote.text}
        </blockquote>
      ) : (
        <blockquote>“{tokens ? <Tokens tokens={tokens} /> : quote.text}”</blockquote>
      )}
      <figcaption>
        <Term id={quote.kind === 'indirect' ? 'reported-speech' : quote.kind === 'partial' ? 'partial-quote' : 'direct-quote'}>
          <span className="tag">{quote.kind === 'indirect' ? 'reported speech' : quote.kind}</span>
        </Term> <strong>{sourceLabel({ outlet: quote.outlet, title: quote.articleTitle })}</strong>
        {quote.cue && <span className="muted"> · “{quote.cue}”</span>}
        <button type="button" className="btn small ghost" onClick={() => openArticle(quote.articleId, quote.start)}>
          Open in reader
        </button>
        <button type="button" className="btn small ghost" aria-expanded={fixing} onClick={() => setFixing(!fixing)}>
          Correct speaker…
        </button>
        {corrected && <span className="corrected">{corrected}</span>}
      </figcaption>
      {fixing && <SpeakerFix quote={quote} onCorrect={(c) => onCorrect(quote, c)} onDone={() => setFixing(false)} />}
    </figure>
  );
}

export function QuoteSet({ quotes, onCorrect }: { quotes: readonly Quote[]; onCorrect: Correct }) {
  const first = quotes[0];
  if (!first) return null;
  if (quotes.length === 1) return <QuoteCard quote={first} tokens={null} onCorrect={onCorrect} />;
  const diffs = quotes.map((q, i) => (i === 0 ? null : wordDiff(first.text, q.text)));
  // a word of the first report is marked when no other report has it
  const others = diffs.filter((d) => d !== null);
  const firstChanged = first.text.split(/\s+/).filter(Boolean).map((text, i) => ({
    text,
    changed: others.every((d) => d.a[i]?.changed ?? false),
  }));
  const differs = diffs.some((d) => d?.b.some((t) => t.changed));
  return (
    <div className="quote-set" role="group" aria-label={`Same quote in ${quotes.length} articles${differs ? ', worded differently' : ''}`}>
      <p className="small quote-set-head">
        Same quote in {quotes.length} articles
        {differs ? (
          <Term id="wording-differs">
            <span className="badge warn">
              <span aria-hidden="true">≠</span> wording differs
            </span>
          </Term>
        ) : (
          <span className="badge v-corroborated">
            <span aria-hidden="true">=</span> identical wording
          </span>
        )}
      </p>
      <div className="side-by-side">
        {quotes.map((q, i) => (
          <QuoteCard key={q.id} quote={q} tokens={i === 0 ? firstChanged : (diffs[i]?.b ?? null)} onCorrect={onCorrect} />
        ))}
      </div>
    </div>
  );
}

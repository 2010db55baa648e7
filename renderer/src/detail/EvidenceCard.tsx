// One article's sentence with the claim span, its values and conflicting values highlighted.
import { useState } from 'react';
import type { ClaimEvidence } from '../../../shared/api/types';
import { VerdictBadge } from '../components/VerdictBadge';
import { Term } from '../help/Term';
import { segment } from '../lib/segments';
import { useSelection } from '../stores/selection';
import { useUi } from '../stores/ui';
import { sideLabel, type ConflictMark } from './conflictMarks';

type SentenceMark = { start: number; end: number } & ({ kind: 'claim' } | { kind: 'value' } | ({ kind: 'conflict' } & ConflictMark));

interface Props {
  claim: ClaimEvidence;
  all: readonly ClaimEvidence[];
  marks: readonly ConflictMark[];
  canSplit: boolean;
  /** the cluster's verdict; a claim's own verdict is shown only where it differs (after a re-cluster) */
  clusterVerdict: ClaimEvidence['reviewed'];
  ticked: boolean;
  onTick(): void;
}

function Sentence({ claim, marks }: { claim: ClaimEvidence; marks: readonly ConflictMark[] }) {
  const base = claim.sentenceStart;
  const all: SentenceMark[] = [
    { kind: 'claim', start: claim.start - base, end: claim.end - base },
    ...claim.values.map((v) => ({ kind: 'value' as const, start: v.start - base, end: v.end - base })),
    ...marks.map((m) => ({ ...m, kind: 'conflict' as const, start: m.start - base, end: m.end - base })),
  ];
  const segs = segment(0, claim.sentence.length, all);
  return (
    <blockquote className="sentence">
      {segs.map((s) => {
        const text = claim.sentence.slice(s.start, s.end);
        if (s.marks.length === 0) return <span key={s.start}>{text}</span>;
        const conflict = s.marks.find((m): m is Extract<SentenceMark, { kind: 'conflict' }> => m.kind === 'conflict');
        const cls = [
          s.marks.some((m) => m.kind === 'claim') ? 'hl-claim' : '',
          s.marks.some((m) => m.kind === 'value') ? 'hl-value' : '',
          conflict ? `cf cf-${conflict.side}` : '',
        ].join(' ');
        return (
          <mark key={s.start} className={cls}>
            {text}
            {conflict && conflict.end === s.end && (
              <sup className="cf-label">
                <span aria-hidden="true">{conflict.side === 'a' ? '◆' : '■'}</span>
                {sideLabel(conflict)}
              </sup>
            )}
          </mark>
        );
      })}
    </blockquote>
  );
}

export function EvidenceCard({ claim, all, marks, canSplit, clusterVerdict, ticked, onTick }: Props) {
  const [moving, setMoving] = useState(false);
  const [target, setTarget] = useState('');
  const moveClaim = useSelection((s) => s.moveClaim);
  const openArticle = useUi((s) => s.openArticle);
  const copied = claim.copiedFrom.map((id) => all.find((c) => c.id === id)).filter((c) => c !== undefined);
  const title = claim.articleTitle ?? claim.fileName;

  return (
    <article className={`evidence${ticked ? ' ticked' : ''}`} aria-label={`Evidence from ${claim.outlet ?? title}`}>
      <header className="evidence-head">
        <div>
          <strong>{claim.outlet ?? 'Unknown outlet'}</strong>
          <span className="muted"> · {claim.published ?? 'no date'}</span>
        </div>
        <div className="muted small evidence-title">{title}</div>
        <div className="small">
          <Term id="source-group">Source group</Term>: <strong>{claim.sourceGroupLabel ?? '—'}</strong>
        </div>
      </header>
      <Sentence claim={claim} marks={marks} />
      {copied.length > 0 && (
        <p className="copied">
          <span aria-hidden="true">⎘</span> <Term id="copied">Copied nearly word for word</Term> from {copied.map((c) => c.outlet ?? c.fileName).join(', ')}: not independent
        </p>
      )}
      {claim.copiedFrom.length > copied.length && (
        <p className="copied">
          <span aria-hidden="true">⎘</span> <Term id="copied">Copied</Term> from a claim in another cluster
        </p>
      )}
      <footer className="evidence-foot">
        {claim.reviewed !== clusterVerdict && (
          <Term id="mixed">
            <VerdictBadge verdict={claim.reviewed} prefix="This claim" />
          </Term>
        )}
        <button type="button" className="btn small ghost" onClick={() => openArticle(claim.articleId, claim.start)}>
          Open in reader
        </button>
        {canSplit && (
          <label className="check small">
            <input type="checkbox" checked={ticked} onChange={onTick} /> Split off
          </label>
        )}
        <button type="button" className="btn small ghost" aria-expanded={moving} onClick={() => setMoving(!moving)}>
          Move…
        </button>
      </footer>
      {moving && (
        <form
          className="inline-form"
          onSubmit={(e) => {
            e.preventDefault();
            const id = Number(target.replace('#', ''));
            if (Number.isInteger(id) && id > 0) void moveClaim(claim.key, id).then(() => setMoving(false));
          }}
        >
          <label htmlFor={`move-${claim.id}`}>Move this claim to cluster #</label>
          <input id={`move-${claim.id}`} inputMode="numeric" value={target} onChange={(e) => setTarget(e.target.value)} size={8} />
          <button type="submit" className="btn small" disabled={!/^#?\d+$/.test(target.trim())}>
            Move
          </button>
        </form>
      )}
    </article>
  );
}

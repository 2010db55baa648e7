// Correcting who said a quote: pick a person or organisation from the names, type
// a name, say nobody named said it, or mark it "not a quote"; or go back to what the
// engine found. The correction is stored by the quote's stable key, so it survives
// re-analysis, shows in the history, can be undone and reaches every report.
import { useState } from 'react';
import type { QuoteRow, SpeakerCorrection } from '../../../shared/api/types';
import { useNames } from '../stores/names';

type Choice = 'entity' | 'name' | 'no-speaker' | 'not-a-quote' | 'engine';

export function correctionLine(q: QuoteRow): string | null {
  const c = q.correction;
  if (!c) return null;
  const was = q.engineSpeaker ? `the engine found ${q.engineSpeaker}` : 'the engine found no speaker';
  switch (c.kind) {
    case 'speaker':
      return `Speaker corrected to ${c.speaker ?? '?'} by ${c.by} (${was})`;
    case 'no-speaker':
      return `Marked as said by nobody named, by ${c.by} (${was})`;
    case 'not-a-quote':
      return `Marked as not a quote by ${c.by}`;
  }
}

export function SpeakerFix({ quote, onCorrect, onDone }: { quote: QuoteRow; onCorrect(c: SpeakerCorrection): Promise<boolean>; onDone(): void }) {
  const entities = useNames((s) => s.entities);
  const [choice, setChoice] = useState<Choice>('entity');
  const [entityId, setEntityId] = useState<number | ''>('');
  const [name, setName] = useState('');
  const id = `fix-${quote.id}`;
  const sorted = [...entities].sort((a, b) => a.preferred.localeCompare(b.preferred));

  const correction = (): SpeakerCorrection | null => {
    switch (choice) {
      case 'entity': {
        const e = entities.find((x) => x.id === entityId);
        return e ? { kind: 'entity', entity: { id: e.id, key: e.key } } : null;
      }
      case 'name':
        return name.trim() ? { kind: 'name', name: name.trim() } : null;
      case 'no-speaker':
        return { kind: 'no-speaker' };
      case 'not-a-quote':
        return { kind: 'not-a-quote' };
      case 'engine':
        return { kind: 'engine' };
    }
  };
  const ready = correction() !== null;

  return (
    <form
      className="quote-fix"
      aria-label="Correct the speaker of this quote"
      onSubmit={(e) => {
        e.preventDefault();
        const c = correction();
        if (c) void onCorrect(c).then((ok) => ok && onDone());
      }}
    >
      <label htmlFor={`${id}-choice`}>Correction</label>
      <select id={`${id}-choice`} value={choice} onChange={(e) => setChoice(e.target.value as Choice)}>
        <option value="entity">Said by a person or organisation in Names</option>
        <option value="name">Said by someone else (type the name)</option>
        <option value="no-speaker">No speaker (nobody named said it)</option>
        <option value="not-a-quote">Not a quote</option>
        {quote.correction && <option value="engine">Back to what the engine found ({quote.engineSpeaker ?? 'no speaker'})</option>}
      </select>
      {choice === 'entity' && (
        <>
          <label htmlFor={`${id}-entity`} className="sr-only">
            Speaker
          </label>
          <select id={`${id}-entity`} value={entityId} onChange={(e) => setEntityId(e.target.value === '' ? '' : Number(e.target.value))}>
            <option value="">Choose…</option>
            {sorted.map((e) => (
              <option key={e.id} value={e.id}>
                {e.preferred} ({e.type})
              </option>
            ))}
          </select>
        </>
      )}
      {choice === 'name' && (
        <>
          <label htmlFor={`${id}-name`} className="sr-only">
            Speaker name
          </label>
          <input id={`${id}-name`} value={name} onChange={(e) => setName(e.target.value)} maxLength={300} placeholder="Name as the report should give it" />
        </>
      )}
      <button type="submit" className="btn small primary" disabled={!ready}>
        Save correction
      </button>
      <button type="button" className="btn small ghost" onClick={onDone}>
        Cancel
      </button>
    </form>
  );
}

import type { HistoryEntry } from '../../../shared/api/types';
import { formatWhen, verdictLook } from '../lib/verdicts';

/** An undo says what it undid: "undid a note" must not read as a change of verdict. */
function describeUndo(h: HistoryEntry, v: (x: HistoryEntry['newVerdict']) => string): string {
  switch (h.undid) {
    case 'verdict':
      return `undid a verdict: ${v(h.oldVerdict)} → ${v(h.newVerdict)}`;
    case 'note':
      return h.note ? `undid a note: back to “${h.note}”` : 'undid a note: no note';
    case 'move':
      return 'undid moving a claim';
    case 'split':
      return 'undid a split';
    case 'undo':
    case null:
      return 'undid a step';
  }
}

function describe(h: HistoryEntry): string {
  const v = (x: HistoryEntry['newVerdict']) => (x ? verdictLook(x).label : 'unreviewed');
  switch (h.action) {
    case 'verdict':
      return `${v(h.oldVerdict)} → ${v(h.newVerdict)}`;
    case 'note':
      return h.note ? `note: “${h.note}”` : 'note cleared';
    case 'undo':
      return describeUndo(h, v);
    case 'split':
      return 'split the cluster';
    case 'move':
      return 'moved a claim';
  }
}

export function HistoryList({ history }: { history: readonly HistoryEntry[] }) {
  return (
    <section className="panel" aria-labelledby="history-h">
      <h2 id="history-h">History</h2>
      {history.length === 0 ? (
        <p className="muted small">
          No decisions yet: your verdicts (<kbd>c</kbd> <kbd>x</kbd> <kbd>s</kbd>), notes, splits and moves are listed here with who
          made them and when.
        </p>
      ) : (
        <ol className="history">
          {history.map((h) => (
            <li key={h.id}>
              <time dateTime={h.at}>{formatWhen(h.at)}</time> <strong>{h.reviewer || 'Reviewer'}</strong> {describe(h)}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}

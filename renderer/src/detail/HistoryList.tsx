import type { HistoryEntry } from '../../../shared/api/types';
import { formatWhen, verdictLook } from '../lib/verdicts';

function describe(h: HistoryEntry): string {
  const v = (x: HistoryEntry['newVerdict']) => (x ? verdictLook(x).label : 'unreviewed');
  switch (h.action) {
    case 'verdict':
      return `${v(h.oldVerdict)} → ${v(h.newVerdict)}`;
    case 'note':
      return h.note ? `note: “${h.note}”` : 'note cleared';
    case 'undo':
      return `undid a step: ${v(h.oldVerdict)} → ${v(h.newVerdict)}`;
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

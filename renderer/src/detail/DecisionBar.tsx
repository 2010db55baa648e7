// One click or key per verdict; pressing the current verdict again keeps it.
import { VERDICTS, type Verdict } from '../../../shared/types';
import { verdictLook } from '../lib/verdicts';
import { useSelection } from '../stores/selection';

export function DecisionBar({ current }: { current: Verdict | null }) {
  const decide = useSelection((s) => s.decide);
  const undo = useSelection((s) => s.undo);
  const move = useSelection((s) => s.move);
  return (
    <div className="decision-bar" role="group" aria-label="Reviewer verdict">
      {VERDICTS.map((v) => {
        const look = verdictLook(v);
        return (
          <button
            key={v}
            type="button"
            className={`btn verdict ${look.className}`}
            aria-pressed={current === v}
            aria-keyshortcuts={look.key}
            onClick={() => void decide(v)}
          >
            <span aria-hidden="true">{look.icon}</span> {look.label} <kbd aria-hidden="true">{look.key}</kbd>
          </button>
        );
      })}
      <button type="button" className="btn ghost" onClick={() => void decide(null)} disabled={current === null}>
        Clear
      </button>
      <span className="spacer" />
      <button type="button" className="btn ghost" onClick={() => void undo()} aria-keyshortcuts="u">
        Undo <kbd aria-hidden="true">u</kbd>
      </button>
      <button type="button" className="btn ghost" onClick={() => void move(-1)} aria-label="Previous claim" aria-keyshortcuts="k">
        ↑ <kbd aria-hidden="true">k</kbd>
      </button>
      <button type="button" className="btn ghost" onClick={() => void move(1)} aria-label="Next claim" aria-keyshortcuts="j">
        ↓ <kbd aria-hidden="true">j</kbd>
      </button>
    </div>
  );
}

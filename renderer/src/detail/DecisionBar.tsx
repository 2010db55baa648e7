// One click or key per verdict; pressing the current verdict again keeps it.
import { VERDICTS, type Verdict } from '../../../shared/types';
import { verdictLook } from '../lib/verdicts';
import { decideAndAdvance } from '../review/decide';
import { usePrefs } from '../stores/prefs';
import { useSelection } from '../stores/selection';

export function DecisionBar({ current }: { current: Verdict | null }) {
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
            onClick={() => void decideAndAdvance(v)}
          >
            <span aria-hidden="true">{look.icon}</span> {look.label} <kbd aria-hidden="true">{look.key}</kbd>
          </button>
        );
      })}
      <button type="button" className="btn ghost" onClick={() => void decideAndAdvance(null)} disabled={current === null}>
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

/** Off by default (the reviewer sees the decision land), remembered on this machine. */
export function AutoAdvanceToggle() {
  const autoAdvance = usePrefs((s) => s.autoAdvance);
  const setAutoAdvance = usePrefs((s) => s.setAutoAdvance);
  return (
    <label className="check small auto-advance" title="After c, x or s, open the next claim in the queue">
      <input type="checkbox" checked={autoAdvance} onChange={(e) => setAutoAdvance(e.target.checked)} /> Next claim after a verdict
    </label>
  );
}

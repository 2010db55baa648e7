import type { Verdict } from '../../../shared/types';
import { verdictLook } from '../lib/verdicts';

/** A verdict as icon + word; `prefix` says whose verdict it is for screen readers and sighted users alike. */
export function VerdictBadge({ verdict, prefix }: { verdict: Verdict | null; prefix?: string }) {
  if (verdict === null) {
    return (
      <span className="badge v-none">
        <span aria-hidden="true">○</span> {prefix ? `${prefix}: ` : ''}Unreviewed
      </span>
    );
  }
  const look = verdictLook(verdict);
  return (
    <span className={`badge ${look.className}`}>
      <span aria-hidden="true">{look.icon}</span> {prefix ? `${prefix}: ` : ''}
      {look.label}
    </span>
  );
}

import type { Verdict } from '../../../shared/types';
import { verdictLook } from '../lib/verdicts';

/**
 * A verdict as icon + word; `prefix` says whose verdict it is for screen readers and sighted users alike.
 * `solid` is the reviewer's own verdict: filled, so it outweighs the suggestion next to it.
 */
export function VerdictBadge({ verdict, prefix, solid, large }: { verdict: Verdict | null; prefix?: string; solid?: boolean; large?: boolean }) {
  const size = large ? ' large' : '';
  if (verdict === null) {
    return (
      <span className={`badge v-none${solid ? ' outline' : ''}${size}`}>
        <span aria-hidden="true">○</span> {prefix ? `${prefix}: ` : ''}Unreviewed
      </span>
    );
  }
  const look = verdictLook(verdict);
  return (
    <span className={`badge ${look.className}${solid ? ' solid' : ''}${size}`}>
      <span aria-hidden="true">{look.icon}</span> {prefix ? `${prefix}: ` : ''}
      {look.label}
    </span>
  );
}

/** The suggestion, deliberately quieter than the reviewer's verdict: coloured icon, muted words. */
export function SuggestionNote({ verdict, children }: { verdict: Verdict; children?: React.ReactNode }) {
  const look = verdictLook(verdict);
  return (
    <span className="suggestion">
      <span className={`suggestion-icon ${look.className}`} aria-hidden="true">
        {look.icon}
      </span>{' '}
      {children ?? 'Suggested'} {look.label.toLowerCase()}
    </span>
  );
}

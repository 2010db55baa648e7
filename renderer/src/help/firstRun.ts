// Whether this machine has seen the first-run guide. Reopened any time from the menu.
import { readStored, writeStored } from '../lib/storage';

export const GUIDE_SEEN_KEY = 'corroborate.guideSeen';

export function guideSeen(): boolean {
  return readStored(GUIDE_SEEN_KEY) === '1';
}

export function markGuideSeen(): void {
  writeStored(GUIDE_SEEN_KEY, '1');
}

// Verdict presentation: every verdict has an icon and a word, never colour alone.
import type { Verdict } from '../../../shared/types';

export interface VerdictLook {
  label: string;
  icon: string;
  key: string;
  className: string;
}

export function verdictLook(v: Verdict): VerdictLook {
  switch (v) {
    case 'corroborated':
      return { label: 'Corroborated', icon: '✓', key: 'c', className: 'v-corroborated' };
    case 'contradicted':
      return { label: 'Contradicted', icon: '✕', key: 'x', className: 'v-contradicted' };
    case 'single-sourced':
      return { label: 'Single-sourced', icon: '●', key: 's', className: 'v-single' };
  }
}

export function formatWhen(iso: string): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  return d.toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' });
}

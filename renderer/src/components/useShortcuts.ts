// Single-key review shortcuts, active on the claims screen and ignored while
// typing in a field or when a modifier is held (so browser shortcuts still work).
// `?` (the shortcut sheet) works on every screen. The sheet lists these keys: help/shortcuts.ts.
import { useEffect } from 'react';
import { decideAndAdvance } from '../review/decide';
import { useSelection } from '../stores/selection';
import { useUi } from '../stores/ui';

export const NOTE_INPUT_ID = 'note-input';
export const SEARCH_INPUT_ID = 'queue-search';

/** Inputs that take no typing: a ticked checkbox must not swallow j/k and the verdict keys. */
const NOT_TEXT = new Set(['checkbox', 'radio', 'button', 'submit', 'reset', 'range', 'color', 'file']);

function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target instanceof HTMLInputElement) return !NOT_TEXT.has(target.type);
  const tag = target.tagName;
  return tag === 'TEXTAREA' || tag === 'SELECT' || target.isContentEditable;
}

export function handleShortcut(e: KeyboardEvent): boolean {
  if (e.ctrlKey || e.metaKey || e.altKey || isTyping(e.target)) return false;
  const ui = useUi.getState();
  // the shortcut sheet opens from every screen, and `?` again closes it
  if (e.key === '?' && (ui.dialog === null || ui.dialog === 'shortcuts')) {
    ui.openDialog(ui.dialog === 'shortcuts' ? null : 'shortcuts');
    return true;
  }
  if (ui.dialog !== null || ui.view !== 'claims') return false;
  const sel = useSelection.getState();
  switch (e.key) {
    case 'j':
      void sel.move(1);
      return true;
    case 'k':
      void sel.move(-1);
      return true;
    case 'c':
      void decideAndAdvance('corroborated');
      return true;
    case 'x':
      void decideAndAdvance('contradicted');
      return true;
    case 's':
      void decideAndAdvance('single-sourced');
      return true;
    case 'u':
      void sel.undo();
      return true;
    case 'n':
      document.getElementById(NOTE_INPUT_ID)?.focus();
      return true;
    case '/':
      document.getElementById(SEARCH_INPUT_ID)?.focus();
      return true;
    default:
      return false;
  }
}

export function useShortcuts(): void {
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (handleShortcut(e)) e.preventDefault();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
}

// Single-key review shortcuts, active on the claims screen and ignored while
// typing in a field or when a modifier is held (so browser shortcuts still work).
import { useEffect } from 'react';
import { useSelection } from '../stores/selection';
import { useUi } from '../stores/ui';

export const NOTE_INPUT_ID = 'note-input';
export const SEARCH_INPUT_ID = 'queue-search';

function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  const tag = target.tagName;
  return tag === 'INPUT' || tag === 'TEXTAREA' || tag === 'SELECT' || target.isContentEditable;
}

export function handleShortcut(e: KeyboardEvent): boolean {
  if (e.ctrlKey || e.metaKey || e.altKey || isTyping(e.target)) return false;
  const ui = useUi.getState();
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
      void sel.decide('corroborated');
      return true;
    case 'x':
      void sel.decide('contradicted');
      return true;
    case 's':
      void sel.decide('single-sourced');
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

// Which screen is shown, transient messages, and open dialogs.
import { create } from 'zustand';

export type View = 'claims' | 'articles' | 'quotes' | 'names';
export type Dialog = 'settings' | 'export' | 'projects' | 'shortcuts' | 'guide' | null;

export interface Toast {
  id: number;
  kind: 'info' | 'error';
  text: string;
}

interface UiState {
  view: View;
  dialog: Dialog;
  toasts: Toast[];
  /** article open in the reader */
  readerArticleId: number | null;
  /** article offset to scroll to when the reader opens */
  readerFocus: number | null;
  /** quote to scroll to in the quotes view */
  focusQuoteId: number | null;
  /** bumped when reviewer data changed outside the screen showing it (an undo): views reload */
  changes: number;
  changed(): void;
  setView(view: View): void;
  openDialog(d: Dialog): void;
  openArticle(articleId: number, at?: number): void;
  showQuote(quoteId: number): void;
  notify(text: string, kind?: Toast['kind']): void;
  dismiss(id: number): void;
}

let nextToast = 1;

export const useUi = create<UiState>((set) => ({
  view: 'claims',
  dialog: null,
  toasts: [],
  readerArticleId: null,
  readerFocus: null,
  focusQuoteId: null,
  changes: 0,
  changed: () => set((s) => ({ changes: s.changes + 1 })),
  setView: (view) => set({ view }),
  openDialog: (dialog) => set({ dialog }),
  openArticle: (readerArticleId, at) => set({ readerArticleId, readerFocus: at ?? null, view: 'articles' }),
  showQuote: (focusQuoteId) => set({ focusQuoteId, view: 'quotes' }),
  notify: (text, kind = 'info') => {
    const id = nextToast++;
    set((s) => ({ toasts: [...s.toasts.slice(-3), { id, kind, text }] }));
    // errors stay until dismissed: a reviewer must not miss that a decision failed
    if (kind === 'info') setTimeout(() => useUi.getState().dismiss(id), 4000);
  },
  dismiss: (id) => set((s) => ({ toasts: s.toasts.filter((t) => t.id !== id) })),
}));

/** Reports a failed call to the user instead of losing it in the console. */
export function reportError(err: unknown): void {
  useUi.getState().notify(err instanceof Error ? err.message : String(err), 'error');
}

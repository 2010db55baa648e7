import { useUi } from '../stores/ui';

export function Toasts() {
  const toasts = useUi((s) => s.toasts);
  const dismiss = useUi((s) => s.dismiss);
  return (
    <div className="toasts" aria-live="polite">
      {toasts.map((t) => (
        <div key={t.id} className={`toast ${t.kind}`} role={t.kind === 'error' ? 'alert' : 'status'}>
          <span aria-hidden="true">{t.kind === 'error' ? '⚠' : 'ℹ'}</span>
          <span className="toast-text">{t.text}</span>
          <button type="button" className="btn ghost small" onClick={() => dismiss(t.id)} aria-label="Dismiss message">
            ✕
          </button>
        </div>
      ))}
    </div>
  );
}

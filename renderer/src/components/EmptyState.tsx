// What an empty screen or pane says: what is missing and what to do about it,
// with the action one click away where there is one.
import type { ReactNode } from 'react';

export function EmptyState({ title, children, actions }: { title: string; children?: ReactNode; actions?: ReactNode }) {
  return (
    <div className="empty-state" role="status">
      <p className="empty-title">{title}</p>
      {children && <p className="empty-text">{children}</p>}
      {actions && <div className="row empty-actions">{actions}</div>}
    </div>
  );
}

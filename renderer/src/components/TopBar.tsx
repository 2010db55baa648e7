// Project, screens, review progress, export and the app menu.
import { currentProject, useProjects } from '../stores/projects';
import { useQueue } from '../stores/queue';
import { useUi, type View } from '../stores/ui';
import { AppMenu } from './AppMenu';

const VIEWS: Array<{ id: View; label: string }> = [
  { id: 'claims', label: 'Claims' },
  { id: 'articles', label: 'Articles' },
  { id: 'quotes', label: 'Quotes' },
  { id: 'names', label: 'Names' },
];

function ReviewProgress() {
  const total = useQueue((s) => s.projectTotal);
  const reviewed = useQueue((s) => s.reviewed);
  const pct = total > 0 ? Math.round((reviewed / total) * 100) : 0;
  return (
    <div className="review-progress" title={`${reviewed} of ${total} clusters reviewed`}>
      <span className="review-progress-text">
        <strong>{reviewed.toLocaleString()}</strong> / {total.toLocaleString()} reviewed
      </span>
      <progress value={reviewed} max={Math.max(1, total)} aria-label={`Reviewed ${reviewed} of ${total} claim clusters (${pct}%)`} />
    </div>
  );
}

export function TopBar() {
  const project = useProjects(currentProject);
  const view = useUi((s) => s.view);
  const setView = useUi((s) => s.setView);
  const openDialog = useUi((s) => s.openDialog);
  return (
    <header className="topbar">
      <span className="brand" aria-hidden="true">
        ◈ Corroborate
      </span>
      <button type="button" className="project-button" onClick={() => openDialog('projects')} aria-label={`Project: ${project?.name ?? 'none'}. Switch, create or rename projects`}>
        <span className="project-name">{project?.name ?? 'No project'}</span>
        <span aria-hidden="true"> ▾</span>
      </button>
      <nav aria-label="Screens" className="tabs">
        {VIEWS.map((v) => (
          <button
            key={v.id}
            type="button"
            className="tab"
            aria-current={view === v.id ? 'page' : undefined}
            onClick={() => setView(v.id)}
          >
            {v.label}
          </button>
        ))}
      </nav>
      <div className="topbar-end">
        <ReviewProgress />
        <button type="button" className="btn primary" onClick={() => openDialog('export')}>
          Export report
        </button>
        <AppMenu />
      </div>
    </header>
  );
}

// The shell: top bar, job progress, the active view and dialogs. Also wires the
// stores together (project change -> queue, names; job end -> reload).
import { useEffect } from 'react';
import { api, onMenuCommand } from '../api/client';
import { setJobFinishedHandler, useJobs } from '../stores/jobs';
import { useNames } from '../stores/names';
import { useProjects } from '../stores/projects';
import { useQueue } from '../stores/queue';
import { useSelection } from '../stores/selection';
import { useUi } from '../stores/ui';
import { ArticlesView } from '../reader/ArticlesView';
import { ClaimsView } from '../queue/ClaimsView';
import { ExportDialog } from '../export/ExportDialog';
import { NamesView } from '../names/NamesView';
import { QuotesView } from '../quotes/QuotesView';
import { JobBar } from './JobBar';
import { ProjectsDialog } from './ProjectsDialog';
import { SettingsDialog } from './SettingsDialog';
import { Toasts } from './Toasts';
import { TopBar } from './TopBar';
import { useShortcuts } from './useShortcuts';

async function afterAnalysis(): Promise<void> {
  await useProjects.getState().refresh();
  const { currentId } = useProjects.getState();
  await useQueue.getState().reload();
  // the same claims as before, wherever the re-analysis put them (never a reused id)
  await useSelection.getState().reloadSelected();
  await useNames.getState().load(currentId);
  useUi.getState().changed();
}

export function App() {
  const ready = useProjects((s) => s.ready);
  const currentId = useProjects((s) => s.currentId);
  const view = useUi((s) => s.view);
  const dialog = useUi((s) => s.dialog);
  useShortcuts();

  useEffect(() => {
    setJobFinishedHandler(afterAnalysis);
    void useProjects.getState().init();
    return onMenuCommand((command) => {
      const projectId = useProjects.getState().currentId;
      switch (command) {
        case 'export-report':
          useUi.getState().openDialog('export');
          return;
        case 'import-articles':
          useUi.getState().setView('articles');
          if (projectId !== null) void useJobs.getState().run(() => api()['dialog.importArticles']({ projectId }));
          return;
      }
    });
  }, []);

  useEffect(() => {
    useSelection.getState().clear();
    void useQueue
      .getState()
      .setProject(currentId)
      .then(() => useSelection.getState().selectIndex(0));
    void useNames.getState().load(currentId);
  }, [currentId]);

  return (
    <div className="app">
      <TopBar />
      <JobBar />
      <main className="main" id="main">
        {!ready ? (
          <p className="empty" role="status">
            Opening… (the first start prepares the demo project)
          </p>
        ) : view === 'claims' ? (
          <ClaimsView />
        ) : view === 'articles' ? (
          <ArticlesView />
        ) : view === 'quotes' ? (
          <QuotesView />
        ) : (
          <NamesView />
        )}
      </main>
      <Toasts />
      {dialog === 'settings' && <SettingsDialog />}
      {dialog === 'export' && <ExportDialog />}
      {dialog === 'projects' && <ProjectsDialog />}
    </div>
  );
}

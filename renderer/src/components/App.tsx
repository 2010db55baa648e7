// The shell: top bar, job progress, the active view and dialogs. Also wires the
// stores together (project change -> queue, names; job end -> reload), opens the
// first-run guide once, and reopens each project where the reviewer left it.
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
import { guideSeen } from '../help/firstRun';
import { GuideDialog } from '../help/GuideDialog';
import { ShortcutSheet } from '../help/ShortcutSheet';
import { TooltipLayer } from '../help/Term';
import { rememberPosition, resumePosition } from '../review/resume';
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
        case 'show-shortcuts':
          useUi.getState().openDialog('shortcuts');
          return;
        case 'show-guide':
          useUi.getState().openDialog('guide');
          return;
      }
    });
  }, []);

  // the first start on this machine explains the idea before the queue
  useEffect(() => {
    if (ready && !guideSeen() && useUi.getState().dialog === null) useUi.getState().openDialog('guide');
  }, [ready]);

  // remember where the reviewer is, per project, for the next start
  useEffect(
    () =>
      useSelection.subscribe((s, prev) => {
        const { projectId, filter } = useQueue.getState();
        const row = s.detail?.row;
        if (!row || row.id !== s.clusterId || projectId === null || (s.detail === prev.detail && s.index === prev.index)) return;
        rememberPosition(projectId, row, s.index, filter);
      }),
    [],
  );

  useEffect(() => {
    useSelection.getState().clear();
    void useQueue
      .getState()
      .setProject(currentId)
      .then(() => (currentId === null ? undefined : resumePosition(currentId)));
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
      {dialog === 'shortcuts' && <ShortcutSheet />}
      {dialog === 'guide' && <GuideDialog />}
      <TooltipLayer />
    </div>
  );
}

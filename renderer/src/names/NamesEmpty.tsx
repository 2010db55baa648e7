// An empty names screen says why: a filter hides everything, every conflict is settled,
// or the project names nobody yet.
import { EmptyState } from '../components/EmptyState';
import { useProjects } from '../stores/projects';
import { useUi } from '../stores/ui';

interface Props {
  filtered: boolean;
  /** only "Conflicts only" is set */
  conflictsOnly: boolean;
  total: number;
  clear(): void;
}

export function NamesEmpty({ filtered, conflictsOnly, total, clear }: Props) {
  const articleCount = useProjects((s) => s.articles.length);
  if (filtered && total > 0) {
    return (
      <EmptyState
        title={conflictsOnly ? 'No spelling conflicts.' : 'No names match.'}
        actions={
          <button type="button" className="btn" onClick={clear}>
            Show all names
          </button>
        }
      >
        {conflictsOnly
          ? 'Every person is spelled one way across the articles, or you have confirmed the spellings.'
          : 'No person or organisation is spelled like that in this project.'}
      </EmptyState>
    );
  }
  if (articleCount === 0) {
    return (
      <EmptyState
        title="No names yet."
        actions={
          <button type="button" className="btn primary" onClick={() => useUi.getState().setView('articles')}>
            Add articles…
          </button>
        }
      >
        The people and organisations the articles name appear here, with their spellings per outlet, so you can settle how each is
        written in the report.
      </EmptyState>
    );
  }
  return <EmptyState title="No names found.">This project’s articles name no person or organisation Corroborate recognises.</EmptyState>;
}

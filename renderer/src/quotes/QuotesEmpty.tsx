// An empty quotes screen says why: nothing matches the filter, or no article quotes anyone yet.
import { EmptyState } from '../components/EmptyState';
import { useProjects } from '../stores/projects';
import { useUi } from '../stores/ui';

export function QuotesEmpty({ filter, clear }: { filter: string; clear(): void }) {
  const articleCount = useProjects((s) => s.articles.length);
  if (filter) {
    return (
      <EmptyState
        title="No quotes match."
        actions={
          <button type="button" className="btn" onClick={clear}>
            Clear the filter
          </button>
        }
      >
        No speaker or quoted words contain “{filter}”.
      </EmptyState>
    );
  }
  if (articleCount === 0) {
    return (
      <EmptyState
        title="No quotes yet."
        actions={
          <button type="button" className="btn primary" onClick={() => useUi.getState().setView('articles')}>
            Add articles…
          </button>
        }
      >
        Statements the articles attribute to someone (quoted or reported) appear here, grouped by who said them.
      </EmptyState>
    );
  }
  return (
    <EmptyState title="No quotes found.">
      None of this project’s articles attributes a statement to anyone, in quotation marks or as reported speech.
    </EmptyState>
  );
}

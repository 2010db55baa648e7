// An empty queue says why: no articles yet, nothing matches the filters, or all reviewed.
import { EmptyState } from '../components/EmptyState';
import { useProjects } from '../stores/projects';
import { DEFAULT_FILTER, useQueue } from '../stores/queue';
import { useSelection } from '../stores/selection';
import { useUi } from '../stores/ui';

function clearFilters(): void {
  void useQueue
    .getState()
    .setFilter(DEFAULT_FILTER)
    .then(() => useSelection.getState().selectIndex(0));
}

export function QueueEmpty() {
  const filter = useQueue((s) => s.filter);
  const projectTotal = useQueue((s) => s.projectTotal);
  const articleCount = useProjects((s) => s.articles.length);
  const filtered = (Object.keys(DEFAULT_FILTER) as Array<keyof typeof DEFAULT_FILTER>).some((k) => k !== 'sort' && filter[k] !== DEFAULT_FILTER[k]);

  let body;
  if (filtered) {
    const onlyUnreviewed = filter.unreviewed && projectTotal > 0;
    body = (
      <EmptyState
        title="No claims match."
        actions={
          <button type="button" className="btn" onClick={clearFilters}>
            Clear filters and search
          </button>
        }
      >
        {filter.search.trim()
          ? `No claim contains “${filter.search.trim()}” with these filters.`
          : onlyUnreviewed
            ? 'Every claim that fits these filters has your verdict.'
            : 'No cluster fits these filters.'}
      </EmptyState>
    );
  } else if (articleCount === 0) {
    body = (
      <EmptyState
        title="No claims yet."
        actions={
          <button type="button" className="btn primary" onClick={() => useUi.getState().setView('articles')}>
            Add articles…
          </button>
        }
      >
        This project has no articles yet. Add the articles of one story (text, Markdown or saved web pages); their claims appear
        here to review.
      </EmptyState>
    );
  } else {
    body = <EmptyState title="No claims found.">The articles of this project hold no checkable claims (numbers, dates, places, who did what).</EmptyState>;
  }
  return <div className="queue-list empty">{body}</div>;
}

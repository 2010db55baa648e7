import { EmptyState } from '../components/EmptyState';
import { useJobs } from '../stores/jobs';
import { useProjects } from '../stores/projects';
import { useUi } from '../stores/ui';
import { ArticleList } from './ArticleList';
import { ArticleReader } from './ArticleReader';
import { ImportPanel } from './ImportPanel';

export function ArticlesView() {
  const articles = useProjects((s) => s.articles);
  const articleId = useUi((s) => s.readerArticleId);
  const importing = useJobs((s) => s.job !== null);
  // the first article rather than an empty reader, chosen while rendering: the reader starts
  // loading in the same frame as the list instead of one render later
  const shown = articleId !== null && articles.some((a) => a.id === articleId) ? articleId : (articles[0]?.id ?? null);

  return (
    <div className="articles-view">
      <section className="articles-pane" aria-label="Articles">
        <ImportPanel />
        <ArticleList selected={shown} />
      </section>
      {shown !== null ? (
        <ArticleReader key={shown} articleId={shown} />
      ) : (
        <section className="reader-pane empty" aria-label="Article reader">
          {articles.length === 0 && importing ? (
            <EmptyState title="Importing…">
              The articles appear here when their analysis is done. The import is saved in one step: Cancel leaves the project as it
              was.
            </EmptyState>
          ) : articles.length === 0 ? (
            <EmptyState title="No articles yet">
              Add the articles of one story on the left: drop files, choose them, or paste the text. Plain text, Markdown and saved web
              pages (HTML) work; Corroborate then finds their claims, quotes and names, all on this computer.
            </EmptyState>
          ) : (
            <EmptyState title="No article open">Choose an article on the left to read it with its claims, quotes and names marked.</EmptyState>
          )}
        </section>
      )}
    </div>
  );
}

import { useEffect } from 'react';
import { EmptyState } from '../components/EmptyState';
import { useProjects } from '../stores/projects';
import { useUi } from '../stores/ui';
import { ArticleList } from './ArticleList';
import { ArticleReader } from './ArticleReader';
import { ImportPanel } from './ImportPanel';

export function ArticlesView() {
  const articles = useProjects((s) => s.articles);
  const articleId = useUi((s) => s.readerArticleId);
  const openArticle = useUi((s) => s.openArticle);

  // open the first article rather than an empty reader
  useEffect(() => {
    const first = articles[0];
    if (first && (articleId === null || !articles.some((a) => a.id === articleId))) openArticle(first.id);
  }, [articles, articleId, openArticle]);

  return (
    <div className="articles-view">
      <section className="articles-pane" aria-label="Articles">
        <ImportPanel />
        <ArticleList />
      </section>
      {articleId !== null ? (
        <ArticleReader key={articleId} articleId={articleId} />
      ) : (
        <section className="reader-pane empty" aria-label="Article reader">
          {articles.length === 0 ? (
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

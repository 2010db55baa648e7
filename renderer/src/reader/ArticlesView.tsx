import { useEffect } from 'react';
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
          <p>Add articles to start.</p>
        </section>
      )}
    </div>
  );
}

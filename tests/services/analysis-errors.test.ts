// A stage that fails on one article is stored with the analysis (article, stage,
// message) and shown with the article; the rest of its analysis is kept.
import { describe, expect, it, vi } from 'vitest';
import { makeApp } from '../helpers/services';
import { useTempDir } from '../helpers/temp';

vi.mock('../../shared/engine/quotes', async (original) => {
  const real = await original<typeof import('../../shared/engine/quotes')>();
  return {
    ...real,
    extractQuotes: (article: Parameters<typeof real.extractQuotes>[0]) => {
      if (article.text.includes('Lighthouse')) throw new Error('an unexpected quotation mark');
      return real.extractQuotes(article);
    },
  };
});

const tempDir = useTempDir();
const GOOD = 'Ferry resumes\n\nThe ferry to Skellig Rock resumed on Tuesday, the operator said. "We are back," the captain said.\n';
const FAILS = 'Lighthouse relit\n\nThe Lighthouse at Port Ellis was relit on Tuesday after 40 years, the council said. "It shines again," the keeper said.\n';

describe('analysis errors', () => {
  it('are stored per article and stage, survive until the next analysis, and leave the other stages\u2019 findings', async () => {
    const app = makeApp(tempDir());
    const { api } = app;
    const p = await api['projects.create']({ name: 'Coast' });
    for (const [name, text] of [['good.txt', GOOD], ['fails.txt', FAILS]] as const) {
      expect((await app.settle((await api['articles.addText']({ projectId: p.id, name, text })).jobId)).state).toBe('done');
    }
    const list = await api['articles.list']({ projectId: p.id });
    const good = list.find((a) => a.fileName === 'good.txt')!;
    const bad = list.find((a) => a.fileName === 'fails.txt')!;
    expect(good.errors).toEqual([]);
    expect(bad.errors).toEqual([{ stage: 'quotes', message: 'an unexpected quotation mark' }]);
    expect(bad.claimCount).toBeGreaterThan(0); // the claims stage still ran
    expect(bad.quoteCount).toBe(0);
    expect(good.quoteCount).toBeGreaterThan(0);
    expect((await api['articles.get']({ articleId: bad.id })).errors).toEqual(bad.errors);
    // a re-analysis replaces them (the stage still fails here, so they are there again, once)
    await app.settle((await api['articles.update']({ articleId: good.id, outlet: 'Coast Wire' })).jobId);
    expect((await api['articles.list']({ projectId: p.id })).find((a) => a.id === bad.id)!.errors).toHaveLength(1);
    app.store.close();
  });
});

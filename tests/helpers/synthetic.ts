// A synthetic analysed project at the scale the UI must stay smooth at: `articles` x
// `perArticle` claims in clusters of two, every seventh suggested contradicted. Used by
// bench:store and by the Playwright large-project spec.
import { hashText } from '../../shared/engine/ingest';
import type { Analysis, Claim, Cluster } from '../../shared/types';
import type { Store } from '../../electron/store';

const WORDS = ['minister', 'talks', 'ceasefire', 'troops', 'border', 'sanctions', 'summit', 'delegation', 'oil', 'prices', 'election', 'court'];

export function syntheticAnalysis(articles: number, perArticle: number): Analysis {
  const list = [];
  const claims: Claim[] = [];
  const clusters: Cluster[] = [];
  for (let a = 0; a < articles; a++) {
    let text = '';
    const id = `a${a}`;
    for (let c = 0; c < perArticle; c++) {
      const sentence = `The ${WORDS[(a + c) % WORDS.length]} said ${c} delegates met the ${WORDS[(a * 7 + c) % WORDS.length]} on day ${a}. `;
      const start = text.length;
      text += sentence;
      const pair = Math.floor((a * perArticle + c) / 2);
      claims.push({
        id: `${id}:c${c}`, article: id, start, end: start + sentence.length - 1, text: sentence.trim(), cluster: `k${pair}`,
        sentence: { start, end: start + sentence.length - 1 }, values: [], negated: false, quotes: [], copiedFrom: [],
      });
    }
    list.push({ id, file: `${id}.txt`, label: id, title: null, outlet: `Outlet ${a % 40}`, published: null, sourceGroup: `g${a % 40}`, hash: hashText(text), format: 'text' as const, blocks: [], text, offTopic: false });
  }
  for (let k = 0; k < claims.length / 2; k++) {
    clusters.push({ id: `k${k}`, claims: [claims[2 * k]!.id, claims[2 * k + 1]!.id], suggestedVerdict: k % 7 === 0 ? 'contradicted' : 'single-sourced', reasons: ['synthetic'], sourceGroups: ['g1'], conflicts: [] });
  }
  const sourceGroups = Array.from({ length: 40 }, (_, g) => ({ id: `g${g}`, label: `Outlet ${g}`, articles: [], reason: 'synthetic' }));
  return { articles: list, quotes: [], entities: [], claims, clusters, sourceGroups, copies: [], errors: [] };
}


/** Stores an analysis the way a job does: its articles, then the analysis, in one write. */
export function storeAnalysis(store: Store, projectId: number, analysis: Analysis, now = new Date().toISOString()): void {
  store.write(() => {
    const known = store.articles.hashes(projectId);
    store.articles.insert(
      projectId,
      analysis.articles
        .filter((a) => !known.has(a.hash))
        .map((a) => ({ hash: a.hash, engineId: a.id, fileName: a.file, encoding: 'utf-8' as const, raw: a.text, original: new TextEncoder().encode(a.text), notes: [] })),
    );
    store.writer.write(projectId, analysis, [], now);
  });
}

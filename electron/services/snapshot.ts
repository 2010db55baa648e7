// Builds the report's input from the stored project: everything the report shows,
// in a fixed order, so one project always renders to the same bytes.
import type { ReportCluster, ReportInput } from '../../shared/report/input';
import type { Store } from '../store';
import { UNATTRIBUTED } from '../store/people';

export function projectSnapshot(store: Store, projectId: number, version: string, generatedAt: string): ReportInput {
  const project = store.projects.get(projectId);
  const settings = store.projects.settings();
  const articles = store.articles.list(projectId);
  const list = store.clusters.list({ projectId, sort: 'article', limit: 100000 });
  // after the reviewer's corrections: corrected speakers, no "not a quote"
  const quotes = store.people.quotes(projectId).groups;
  // quotes with a speaker, per article, to attribute claims that contain them
  const quotesIn = new Map<number, Array<{ start: number; end: number; speaker: string }>>();
  for (const g of quotes) {
    if (g.entityId === null && g.speaker === UNATTRIBUTED) continue;
    for (const q of g.quotes) {
      const list = quotesIn.get(q.articleId) ?? [];
      list.push({ start: q.start, end: q.end, speaker: g.speaker });
      quotesIn.set(q.articleId, list);
    }
  }

  const clusters: ReportCluster[] = list.items.map((row) => {
    const d = store.clusters.detail(row.id);
    const decision = d.history.find((h) => h.action === 'verdict' || h.action === 'undo');
    // A claim that contains a quote is attributed to the quote's speaker (ClaimReview author).
    let speaker: string | null = null;
    for (const c of d.claims) {
      const q = quotesIn.get(c.articleId)?.find((x) => x.start >= c.start && x.end <= c.end);
      if (q) {
        speaker = q.speaker;
        break;
      }
    }
    return {
      row: d.row,
      reasons: d.reasons,
      conflicts: d.conflicts,
      claims: d.claims,
      speaker,
      decidedBy: row.reviewed ? (decision?.reviewer ?? null) : null,
      decidedAt: row.reviewed ? (decision?.at ?? null) : null,
      history: d.history,
    };
  });
  const sourceGroups = store.articles.groups(projectId).map((g) => ({
    id: g.key,
    label: g.label,
    reason: g.reason,
    articleIds: articles.filter((a) => a.sourceGroup === g.key).map((a) => a.id),
  }));
  return {
    generatedAt,
    appVersion: version,
    organisation: { name: settings.organisation, url: settings.organisationUrl },
    project: { id: project.id, name: project.name, createdAt: project.createdAt },
    articles: articles.map((a) => ({
      id: a.id, fileName: a.fileName, title: a.title, outlet: a.outlet, published: a.published, hash: a.hash, format: a.format,
      sourceGroup: a.sourceGroup, sourceGroupLabel: a.sourceGroupLabel,
    })),
    sourceGroups,
    clusters,
    quotes,
    entities: store.people.entities(projectId),
  };
}

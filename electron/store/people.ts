// Read side of quotes and entities, and the stored engine entities / name tags.
import type { Database, Statement } from 'better-sqlite3';
import type { EntityRow, QuoteGroup, QuoteRow } from '../../shared/api/types';
import type { EntityType, QuoteKind } from '../../shared/types';
import type { StoredSpelling } from './writer';

interface QRow {
  id: number; article_id: number; title: string | null; outlet: string | null; text: string; kind: QuoteKind;
  cue: string | null; speaker: string | null; mention_start: number | null; mention_end: number | null; mention_text: string | null;
  start: number; end: number;
}

interface ERow {
  id: number; name: string; type: EntityType; preferred: string; preferred_reason: string; preferred_by: string | null;
  spelling_conflict: number; confirmed: number; roles: string; spellings: string; mention_count: number;
}

const words = (s: string): Set<string> => new Set(s.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []);

export const UNATTRIBUTED = 'Unattributed';

/**
 * The same statement reported by another article: at least three shared words, most
 * of the shorter quote's words recur, and the shorter is not a stray fragment of a
 * much longer quote (a few common words would otherwise pull it in).
 */
function sameStatement(a: Set<string>, b: Set<string>): boolean {
  let shared = 0;
  for (const w of a) if (b.has(w)) shared++;
  return shared >= 3 && shared / Math.min(a.size, b.size) >= 0.6 && shared / Math.max(a.size, b.size) >= 0.3;
}

export class PeopleRepo {
  private readonly s: Record<string, Statement<unknown[]>>;

  constructor(private readonly db: Database, private readonly now: () => string) {
    const p = (sql: string): Statement<unknown[]> => db.prepare(sql);
    this.s = {
      quotes: p(`
        SELECT q.id, q.article_id, a.title, COALESCE(a.outlet_override, a.outlet) AS outlet, q.text, q.kind, q.cue, q.speaker,
          q.mention_start, q.mention_end, q.mention_text, q.start, q.end
        FROM quotes q JOIN articles a ON a.id = q.article_id WHERE q.project_id = ? ORDER BY a.position, q.start`),
      entities: p(`
        SELECT e.*, (SELECT COUNT(*) FROM mentions m WHERE m.entity_id = e.id) AS mention_count
        FROM entities e WHERE e.project_id = ? ORDER BY e.spelling_conflict DESC, e.confirmed, e.ord`),
      entity: p('SELECT project_id, name, spellings FROM entities WHERE id = ?'),
      articles: p('SELECT id, title, COALESCE(outlet_override, outlet) AS outlet FROM articles WHERE project_id = ?'),
      engineEntities: p('SELECT entities FROM engine_entities WHERE project_id = ?'),
      setEngineEntities: p(`INSERT INTO engine_entities (project_id, entities) VALUES (?, ?)
        ON CONFLICT (project_id) DO UPDATE SET entities = excluded.entities`),
      tags: p('SELECT tag, reviewer, at FROM name_tags WHERE project_id = ? ORDER BY id'),
      addTag: p('INSERT INTO name_tags (project_id, tag, reviewer, at) VALUES (?, ?, ?, ?)'),
    };
  }

  /**
   * Quotes grouped by the entity that said them (so "Sergey" and "Sergei" quotes sit
   * together under the report's spelling), named speakers by number of quotes, and
   * the unattributed ones last: they are the least useful to a reviewer.
   */
  quotes(projectId: number): QuoteGroup[] {
    const rows = this.s.quotes!.all(projectId) as QRow[];
    const bySpelling = new Map<string, EntityRow>();
    for (const e of this.entities(projectId)) {
      for (const s of e.spellings) if (!bySpelling.has(s.spelling.toLowerCase())) bySpelling.set(s.spelling.toLowerCase(), e);
      if (!bySpelling.has(e.name.toLowerCase())) bySpelling.set(e.name.toLowerCase(), e);
    }
    const groups = new Map<string, QuoteGroup>();
    for (const r of rows) {
      const entity = r.speaker ? bySpelling.get(r.speaker.toLowerCase()) : undefined;
      const key = entity ? `e${entity.id}` : `s${r.speaker ?? ''}`;
      let g = groups.get(key);
      if (!g) {
        g = { speaker: entity ? entity.preferred : (r.speaker ?? UNATTRIBUTED), entityId: entity?.id ?? null, quotes: [] };
        groups.set(key, g);
      }
      const q: QuoteRow = {
        id: r.id, articleId: r.article_id, articleTitle: r.title, outlet: r.outlet, text: r.text, kind: r.kind, cue: r.cue,
        speakerMention: r.mention_start !== null && r.mention_end !== null ? { start: r.mention_start, end: r.mention_end, text: r.mention_text ?? '' } : null,
        start: r.start, end: r.end,
      };
      const mine = words(q.text);
      const same = g.quotes.find((o) => o.articleId !== q.articleId && sameStatement(mine, words(o.text)));
      g.quotes.push({ ...q, sameAs: same ? (same.sameAs ?? same.id) : null });
    }
    const unattributed = (g: QuoteGroup): number => (g.entityId === null && g.speaker === UNATTRIBUTED ? 1 : 0);
    return [...groups.values()].sort(
      (a, b) => unattributed(a) - unattributed(b) || b.quotes.length - a.quotes.length || a.speaker.localeCompare(b.speaker),
    );
  }

  entities(projectId: number): EntityRow[] {
    const arts = new Map((this.s.articles!.all(projectId) as Array<{ id: number; title: string | null; outlet: string | null }>).map((a) => [a.id, a]));
    return (this.s.entities!.all(projectId) as ERow[]).map((e) => ({
      id: e.id,
      name: e.name,
      type: e.type,
      preferred: e.preferred,
      preferredReason: e.preferred_reason,
      preferredBy: e.preferred_by,
      spellingConflict: e.spelling_conflict === 1,
      confirmed: e.confirmed === 1,
      roles: JSON.parse(e.roles) as string[],
      mentionCount: e.mention_count,
      spellings: (JSON.parse(e.spellings) as StoredSpelling[]).map((s) => ({
        spelling: s.spelling,
        sourceGroups: s.sourceGroups,
        articles: s.articleIds.map((id) => arts.get(id) ?? { id, title: null, outlet: null }),
      })),
    }));
  }

  entity(entityId: number): { projectId: number; name: string; spellings: string[] } {
    const r = this.s.entity!.get(entityId) as { project_id: number; name: string; spellings: string } | undefined;
    if (!r) throw new Error(`Entity ${entityId} does not exist.`);
    return { projectId: r.project_id, name: r.name, spellings: (JSON.parse(r.spellings) as StoredSpelling[]).map((s) => s.spelling) };
  }

  engineEntities<T>(projectId: number): T[] {
    const r = this.s.engineEntities!.get(projectId) as { entities: string } | undefined;
    return r ? (JSON.parse(r.entities) as T[]) : [];
  }

  setEngineEntities(projectId: number, entities: unknown[]): void {
    this.s.setEngineEntities!.run(projectId, JSON.stringify(entities));
  }

  tags<T>(projectId: number): Array<{ tag: T; reviewer: string; at: string }> {
    return (this.s.tags!.all(projectId) as Array<{ tag: string; reviewer: string; at: string }>).map((r) => ({ tag: JSON.parse(r.tag) as T, reviewer: r.reviewer, at: r.at }));
  }

  addTag(projectId: number, tag: unknown, reviewer: string): void {
    this.s.addTag!.run(projectId, JSON.stringify(tag), reviewer, this.now());
  }
}

// Read side of quotes and entities; the stored engine entities, name tags and quote
// corrections (reviewer rows, keyed so they survive re-analysis).
import type { Database, Statement } from 'better-sqlite3';
import { ServiceError, STALE_ENTITY } from '../../shared/api/errors';
import type { EntityRef, EntityRow, QuoteGroup, QuoteList, QuoteRow } from '../../shared/api/types';
import type { EntityType, QuoteKind } from '../../shared/types';
import type { ReviewerNameTag, StoredCorrection } from './changes';
import type { StoredKey } from './keys';
import type { StoredSpelling } from './writer';

interface QRow {
  id: number; article_id: number; hash: string; title: string | null; outlet: string | null; text: string; kind: QuoteKind;
  cue: string | null; speaker: string | null; mention_start: number | null; mention_end: number | null; mention_text: string | null;
  start: number; end: number;
  ckind: StoredCorrection['kind'] | null; cspeaker: string | null; cspelling: string | null; cby: string | null; cat: string | null;
}

interface ERow {
  id: number; key: string; name: string; type: EntityType; preferred: string; preferred_reason: string; preferred_by: string | null;
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

export interface StoredTag {
  tag: ReviewerNameTag;
  reviewer: string;
  at: string;
  actionId: number | null;
}

export class PeopleRepo {
  private readonly s: Record<string, Statement<unknown[]>>;

  constructor(private readonly db: Database, private readonly now: () => string) {
    const p = (sql: string): Statement<unknown[]> => db.prepare(sql);
    this.s = {
      quotes: p(`
        SELECT q.id, q.article_id, a.hash, a.title, COALESCE(a.outlet_override, a.outlet) AS outlet, q.text, q.kind, q.cue, q.speaker,
          q.mention_start, q.mention_end, q.mention_text, q.start, q.end,
          qc.kind AS ckind, qc.speaker AS cspeaker, qc.spelling AS cspelling, qc.reviewer AS cby, qc.at AS cat
        FROM quotes q JOIN articles a ON a.id = q.article_id
        LEFT JOIN quote_corrections qc ON qc.project_id = q.project_id AND qc.article_hash = a.hash AND qc.start = q.start AND qc.end = q.end
        WHERE q.project_id = ? ORDER BY a.position, q.start`),
      quoteByKey: p(`SELECT q.text, q.speaker FROM quotes q JOIN articles a ON a.id = q.article_id
        WHERE q.project_id = ? AND a.hash = ? AND q.start = ? AND q.end = ?`),
      correction: p('SELECT kind, speaker, spelling FROM quote_corrections WHERE project_id = ? AND article_hash = ? AND start = ? AND end = ?'),
      setCorrection: p(`INSERT INTO quote_corrections (project_id, article_hash, start, end, kind, speaker, spelling, reviewer, at)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
        ON CONFLICT (project_id, article_hash, start, end) DO UPDATE SET kind = excluded.kind, speaker = excluded.speaker,
          spelling = excluded.spelling, reviewer = excluded.reviewer, at = excluded.at`),
      delCorrection: p('DELETE FROM quote_corrections WHERE project_id = ? AND article_hash = ? AND start = ? AND end = ?'),
      entities: p(`
        SELECT e.*, (SELECT COUNT(*) FROM mentions m WHERE m.entity_id = e.id) AS mention_count
        FROM entities e WHERE e.project_id = ? ORDER BY e.spelling_conflict DESC, e.confirmed, e.ord`),
      entity: p('SELECT project_id, key, name, preferred, spellings FROM entities WHERE id = ?'),
      articles: p('SELECT id, title, COALESCE(outlet_override, outlet) AS outlet FROM articles WHERE project_id = ?'),
      engineEntities: p('SELECT entities FROM engine_entities WHERE project_id = ?'),
      setEngineEntities: p(`INSERT INTO engine_entities (project_id, entities) VALUES (?, ?)
        ON CONFLICT (project_id) DO UPDATE SET entities = excluded.entities`),
      tags: p('SELECT tag, reviewer, at, action_id FROM name_tags WHERE project_id = ? ORDER BY id'),
      addTag: p('INSERT INTO name_tags (project_id, tag, reviewer, at, action_id) VALUES (?, ?, ?, ?, ?)'),
      removeTags: p('DELETE FROM name_tags WHERE action_id = ?'),
    };
  }

  /**
   * Quotes after the reviewer's corrections, grouped by the entity that said them (so
   * "Sergey" and "Sergei" quotes sit together under the report's spelling), named
   * speakers by number of quotes, the unattributed ones last: they are the least useful
   * to a reviewer. Quotes marked "not a quote" are listed apart and reach no report.
   */
  quotes(projectId: number): QuoteList {
    const rows = this.s.quotes!.all(projectId) as QRow[];
    const bySpelling = new Map<string, EntityRow>();
    for (const e of this.entities(projectId)) {
      for (const s of e.spellings) if (!bySpelling.has(s.spelling.toLowerCase())) bySpelling.set(s.spelling.toLowerCase(), e);
      if (!bySpelling.has(e.name.toLowerCase())) bySpelling.set(e.name.toLowerCase(), e);
      if (!bySpelling.has(e.preferred.toLowerCase())) bySpelling.set(e.preferred.toLowerCase(), e);
    }
    const groups = new Map<string, QuoteGroup>();
    const notQuotes: QuoteRow[] = [];
    for (const r of rows) {
      const q: QuoteRow = {
        id: r.id,
        key: { articleHash: r.hash, start: r.start, end: r.end },
        articleId: r.article_id, articleTitle: r.title, outlet: r.outlet, text: r.text, kind: r.kind, cue: r.cue,
        speakerMention: r.mention_start !== null && r.mention_end !== null ? { start: r.mention_start, end: r.mention_end, text: r.mention_text ?? '' } : null,
        start: r.start, end: r.end,
        engineSpeaker: r.speaker,
        correction: r.ckind ? { kind: r.ckind, speaker: r.cspeaker, by: r.cby ?? '', at: r.cat ?? '' } : null,
      };
      if (r.ckind === 'not-a-quote') {
        notQuotes.push(q);
        continue;
      }
      let entity: EntityRow | undefined;
      let name: string | null;
      switch (r.ckind) {
        case 'no-speaker':
          name = null;
          break;
        case 'speaker':
          entity = (r.cspelling ? bySpelling.get(r.cspelling.toLowerCase()) : undefined) ?? (r.cspeaker ? bySpelling.get(r.cspeaker.toLowerCase()) : undefined);
          name = r.cspeaker;
          break;
        case null:
          entity = r.speaker ? bySpelling.get(r.speaker.toLowerCase()) : undefined;
          name = r.speaker;
          break;
      }
      const key = entity ? `e${entity.id}` : `s${name ?? ''}`;
      let g = groups.get(key);
      if (!g) {
        g = { speaker: entity ? entity.preferred : (name ?? UNATTRIBUTED), entityId: entity?.id ?? null, quotes: [] };
        groups.set(key, g);
      }
      const mine = words(q.text);
      const same = g.quotes.find((o) => o.articleId !== q.articleId && sameStatement(mine, words(o.text)));
      g.quotes.push({ ...q, sameAs: same ? (same.sameAs ?? same.id) : null });
    }
    const unattributed = (g: QuoteGroup): number => (g.entityId === null && g.speaker === UNATTRIBUTED ? 1 : 0);
    const sorted = [...groups.values()].sort(
      (a, b) => unattributed(a) - unattributed(b) || b.quotes.length - a.quotes.length || a.speaker.localeCompare(b.speaker),
    );
    return { groups: sorted, notQuotes };
  }

  /** The quote with this key in the current analysis (text and the engine's speaker), if any. */
  quoteByKey(projectId: number, key: StoredKey): { text: string; speaker: string | null } | null {
    return (this.s.quoteByKey!.get(projectId, key.hash, key.start, key.end) as { text: string; speaker: string | null } | undefined) ?? null;
  }

  correction(projectId: number, key: StoredKey): StoredCorrection | null {
    return (this.s.correction!.get(projectId, key.hash, key.start, key.end) as StoredCorrection | undefined) ?? null;
  }

  /** Writes (or, with null, removes) the correction of one quote. */
  setCorrection(projectId: number, key: StoredKey, c: StoredCorrection | null, reviewer: string): void {
    if (c === null) this.s.delCorrection!.run(projectId, key.hash, key.start, key.end);
    else this.s.setCorrection!.run(projectId, key.hash, key.start, key.end, c.kind, c.speaker, c.spelling, reviewer, this.now());
  }

  entities(projectId: number): EntityRow[] {
    const arts = new Map((this.s.articles!.all(projectId) as Array<{ id: number; title: string | null; outlet: string | null }>).map((a) => [a.id, a]));
    return (this.s.entities!.all(projectId) as ERow[]).map((e) => ({
      id: e.id,
      key: e.key,
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

  /** The entity a reviewer named, if it still has the spellings they saw. */
  entityByRef(ref: EntityRef): { id: number; projectId: number; name: string; preferred: string; spellings: string[] } {
    const r = this.s.entity!.get(ref.id) as { project_id: number; key: string; name: string; preferred: string; spellings: string } | undefined;
    if (!r || r.key !== ref.key) throw new ServiceError('stale', STALE_ENTITY);
    return { id: ref.id, projectId: r.project_id, name: r.name, preferred: r.preferred, spellings: (JSON.parse(r.spellings) as StoredSpelling[]).map((s) => s.spelling) };
  }

  engineEntities<T>(projectId: number): T[] {
    const r = this.s.engineEntities!.get(projectId) as { entities: string } | undefined;
    return r ? (JSON.parse(r.entities) as T[]) : [];
  }

  setEngineEntities(projectId: number, entities: unknown[]): void {
    this.s.setEngineEntities!.run(projectId, JSON.stringify(entities));
  }

  tags(projectId: number): StoredTag[] {
    return (this.s.tags!.all(projectId) as Array<{ tag: string; reviewer: string; at: string; action_id: number | null }>).map((r) => ({
      tag: JSON.parse(r.tag) as ReviewerNameTag,
      reviewer: r.reviewer,
      at: r.at,
      actionId: r.action_id,
    }));
  }

  addTag(projectId: number, tag: ReviewerNameTag, reviewer: string, actionId: number): void {
    this.s.addTag!.run(projectId, JSON.stringify(tag), reviewer, this.now(), actionId);
  }

  removeTags(actionId: number): void {
    this.s.removeTags!.run(actionId);
  }
}


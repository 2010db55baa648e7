// Contradictions between two claims already aligned as the same fact.
// Each conflict names both values and where they come from. Synonyms never conflict:
// wording is compared on canonical stems where "wounding"/"injuring" are one word.
import type { Claim, ClaimValue, Conflict, ConflictKind, ConflictSide, Quote, Span } from '../../types';
import { datesAgree, quantityKey, rangesMeet, valueRange } from './compare';
import { contentKeys, differingSnippet } from './snippet';
import { shorten, statusSides } from './status';
import { contentStems } from './text';

export interface ConflictContext {
  quotes: ReadonlyMap<string, Quote>;
  /** share of the smaller claim's non-name words also in the other (features.eventOverlap) */
  overlap: (a: Claim, b: Claim) => number;
  /** the whole sentence a claim comes from, as written */
  sentenceOf: (c: Claim) => string;
  /** folded article text, for "is this place mentioned anywhere in the other article?" */
  articleText: (id: string) => string;
  /** how reasons name an article */
  labelOf: (articleId: string) => string;
}

function side(c: Claim, value: string, start: number, end: number): ConflictSide {
  return { claim: c.id, article: c.article, value, start, end };
}

function make(kind: ConflictKind, a: ConflictSide, b: ConflictSide, what: string): Conflict {
  return { kind, a, b, reason: what };
}

const fromValue = (c: Claim, v: ClaimValue): ConflictSide => side(c, v.text, v.start, v.end);

function numberConflicts(a: Claim, b: Claim): Conflict[] {
  const byKey = (c: Claim): Map<string, ClaimValue[]> => {
    const m = new Map<string, ClaimValue[]>();
    for (const v of c.values) {
      const k = quantityKey(v);
      if (k) m.set(k, [...(m.get(k) ?? []), v]);
    }
    return m;
  };
  const ka = byKey(a);
  const kb = byKey(b);
  const out: Conflict[] = [];
  for (const [key, va] of ka) {
    const vb = kb.get(key);
    if (!vb) continue;
    const agree = va.some((x) => vb.some((y) => {
      const rx = valueRange(x);
      const ry = valueRange(y);
      return rx !== null && ry !== null && rangesMeet(rx, ry);
    }));
    if (!agree) out.push(make('number', fromValue(a, va[0] as ClaimValue), fromValue(b, vb[0] as ClaimValue), 'different numbers'));
  }
  return out;
}

function dateConflicts(a: Claim, b: Claim): Conflict[] {
  const out: Conflict[] = [];
  const da = a.values.filter((v) => v.kind === 'date' && v.norm.includes('-'));
  const db = b.values.filter((v) => v.kind === 'date' && v.norm.includes('-'));
  if (da.length && db.length && !da.some((x) => db.some((y) => datesAgree(x.norm, y.norm)))) {
    out.push(make('date', fromValue(a, da[0] as ClaimValue), fromValue(b, db[0] as ClaimValue), 'different dates'));
  }
  const wa = a.values.filter((v) => v.kind === 'weekday');
  const wb = b.values.filter((v) => v.kind === 'weekday');
  if (wa.length && wb.length && !wa.some((x) => wb.some((y) => x.norm === y.norm))) {
    out.push(make('date', fromValue(a, wa[0] as ClaimValue), fromValue(b, wb[0] as ClaimValue), 'different days'));
  }
  return out;
}

function placeConflicts(a: Claim, b: Claim, ctx: ConflictContext): Conflict[] {
  const pa = a.values.filter((v) => v.kind === 'place');
  const pb = b.values.filter((v) => v.kind === 'place');
  if (!pa.length || !pb.length) return [];
  const words = (v: ClaimValue): string[] => v.norm.slice('place:'.length).split(' ').filter((w) => w.length > 2);
  const overlaps = (x: ClaimValue, y: ClaimValue): boolean => words(x).some((w) => words(y).includes(w));
  if (pa.some((x) => pb.some((y) => overlaps(x, y)))) return [];
  // "in Lyon" vs "in France" is granularity, not a conflict: when the other article
  // names this place anywhere, the two reports are taken to agree.
  const mentioned = (v: ClaimValue, article: string): boolean => {
    const t = ctx.articleText(article);
    return words(v).some((w) => new RegExp(`\\b${w}\\b`).test(t));
  };
  if (pa.some((x) => mentioned(x, b.article)) || pb.some((y) => mentioned(y, a.article))) return [];
  return [make('place', fromValue(a, pa[0] as ClaimValue), fromValue(b, pb[0] as ClaimValue), 'different places')];
}

/** Negation alone is not enough: the rest of the two claims must say the same thing. */
const MIN_STATUS_OVERLAP = 0.5;

function statusConflict(a: Claim, b: Claim, ctx: ConflictContext): Conflict[] {
  if (a.negated === b.negated) return [];
  if (ctx.overlap(a, b) < MIN_STATUS_OVERLAP) return [];
  // what is negated or postponed ("not INVITED", "postponed his TRIP") must be in the other claim;
  // otherwise the two clauses negate different things ("not invited" vs "left in the dark")
  const [neg, pos] = a.negated ? [a, b] : [b, a];
  const found = statusSides(neg.text, pos.text);
  if (!found) return [];
  const quoteSide = (c: Claim, s: Span): ConflictSide => side(c, shorten(c.text, s), c.start + s.start, c.start + s.end);
  const sn = quoteSide(neg, found.neg);
  const sp = quoteSide(pos, found.pos);
  return [a.negated ? make('status', sn, sp, 'conflict') : make('status', sp, sn, 'conflict')];
}

const surname = (name: string): string => (name.trim().toLowerCase().split(/\s+/).pop() ?? '').replace(/[^a-z]/g, '');

const MIN_QUOTE_WORDS = 3;

function mentions(text: string, speaker: string): boolean {
  const last = surname(speaker);
  return last.length > 1 && text.toLowerCase().includes(last);
}

function namedAtQuote(q: Quote): boolean {
  const last = surname(q.speaker ?? '');
  return last.length > 1 && q.speakerMention !== null && q.speakerMention.text.toLowerCase().includes(last);
}

function stemDice(x: string, y: string): { dice: number; onlyX: number; onlyY: number; sizeX: number; sizeY: number } {
  const a = new Set(contentStems(x));
  const b = new Set(contentStems(y));
  let shared = 0;
  for (const w of a) if (b.has(w)) shared++;
  const total = a.size + b.size;
  return { dice: total ? (2 * shared) / total : 0, onlyX: a.size - shared, onlyY: b.size - shared, sizeX: a.size, sizeY: b.size };
}

function quoteConflicts(a: Claim, b: Claim, ctx: ConflictContext): Conflict[] {
  const out: Conflict[] = [];
  for (const qa of a.quotes.map((id) => ctx.quotes.get(id))) {
    for (const qb of b.quotes.map((id) => ctx.quotes.get(id))) {
      // indirect speech is paraphrase by definition, and short fragments ("war") say too little
      if (!qa || !qb || !qa.speaker || !qb.speaker || qa.kind === 'indirect' || qb.kind === 'indirect') continue;
      const sim = stemDice(qa.text, qb.text);
      if (Math.min(sim.sizeX, sim.sizeY) < MIN_QUOTE_WORDS) continue;
      const sameSpeaker = surname(qa.speaker) === surname(qb.speaker);
      // a different speaker counts only when both articles name the speaker at the quote: a speaker
      // resolved through "he" or "the spokesman" may be a resolution error, not a reporting conflict
      // ...and when neither claim also names the other speaker ("Smith said that Jones ... and noted
      // '...'" leaves the attribution open to either)
      const crossNamed = mentions(ctx.sentenceOf(a), qb.speaker) || mentions(ctx.sentenceOf(b), qa.speaker);
      if (!sameSpeaker && sim.dice >= 0.6 && namedAtQuote(qa) && namedAtQuote(qb) && !crossNamed) {
        out.push(make('speaker', side(a, qa.speaker, qa.start, qa.end), side(b, qb.speaker, qb.start, qb.end), `same quote, different speaker ("${qa.text.slice(0, 40)}")`));
      } else if (sameSpeaker && sim.dice >= 0.5 && sim.onlyX > 0 && sim.onlyY > 0) {
        // both versions carry words the other lacks: not a shortened excerpt but different words
        const sa = differingSnippet(qa.text, qa.start, contentKeys(qb.text));
        const sb = differingSnippet(qb.text, qb.start, contentKeys(qa.text));
        out.push(make('wording', side(a, sa.value, sa.start, sa.end), side(b, sb.value, sb.start, sb.end), `${qa.speaker} quoted differently`));
      }
    }
  }
  return out;
}

export function detectConflicts(a: Claim, b: Claim, ctx: ConflictContext): Conflict[] {
  const found = [...numberConflicts(a, b), ...dateConflicts(a, b), ...placeConflicts(a, b, ctx), ...statusConflict(a, b, ctx), ...quoteConflicts(a, b, ctx)];
  // the reason names both values and the articles they come from
  return found.map((c) => ({ ...c, reason: `${c.reason}: '${c.a.value}' (${ctx.labelOf(c.a.article)}) vs '${c.b.value}' (${ctx.labelOf(c.b.article)})` }));
}

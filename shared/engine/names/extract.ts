// Name mentions of one article: full names with their roles, organisations, and
// surname / title / pronoun mentions linked back to the fullest form in the article.
import { lexicon } from '../text';
import type { BlockKind, NameMention, ParsedArticle, Quote } from '../../types';
import { classifyRun } from './classify';
import { DEMONYMS, NOT_NAME, ORG_TAIL, PERSON_PRONOUNS } from './lexicon';
import { nameWords, parseName, spellingKey, type ParsedName } from './normalize';
import { capitalisedRuns, tokenize, type Tok } from './tokens';

/** Blocks whose names belong to the story. Captions are kept: a caption's spelling is printed too. */
const NAME_BLOCKS: ReadonlySet<BlockKind> = new Set<BlockKind>(['paragraph', 'heading', 'caption']);

interface FullHit {
  start: number;
  end: number;
  text: string;
  parsed: ParsedName;
  role: string | null;
}

interface ShortHit {
  start: number;
  end: number;
  text: string;
  /** normalised single word */
  key: string;
  role: string | null;
  titled: boolean;
  givenTitle: boolean;
  speaks: boolean;
  sentStart: boolean;
}

const spaced = (s: string): string => s.replace(/\s+/g, ' ').trim();

export function extractMentions(article: ParsedArticle, quotes: readonly Quote[]): NameMention[] {
  const { text } = article;
  const fulls: FullHit[] = [];
  const shorts: ShortHit[] = [];
  const out: NameMention[] = [];
  const tokensByBlock: Tok[][] = [];
  const headingFulls: FullHit[] = [];

  const lowerWords = new Set<string>();
  const blockKinds: BlockKind[] = [];
  for (const block of article.blocks) {
    if (!NAME_BLOCKS.has(block.kind)) continue;
    const toks = tokenize(text, block.start, block.end);
    tokensByBlock.push(toks);
    blockKinds.push(block.kind);
    for (const t of toks) if (t.word && !t.cap) lowerWords.add(t.key);
  }
  tokensByBlock.forEach((toks, b) => {
    const titleCase = blockKinds[b] === 'heading' || isTitleCase(toks);
    for (const [first, last] of capitalisedRuns(toks)) {
      let c = classifyRun(toks, first, last, text);
      // A sentence's first word that the article also writes in lower case is a common word ("Across Europe"):
      // the name, if any, starts after it.
      if (c?.kind === 'person' && c.first === first && toks[first]?.sentStart === true && lowerWords.has(toks[first]?.key ?? '')) {
        c = first < last ? classifyRun(toks, first + 1, last, text) : null;
        if (!c) {
          addShort(toks, first + 1, last, shorts);
          continue;
        }
      }
      if (!c) {
        addShort(toks, first, last, shorts);
        continue;
      }
      const a = toks[c.first] as Tok;
      const b = toks[c.last] as Tok;
      const span = { start: a.start, end: b.end, text: spaced(text.slice(a.start, b.end)) };
      if (c.kind === 'org') {
        const orgText = span.text.replace(/^the\s+/i, '');
        if (!titleCase || c.last > c.first) out.push({ ...span, article: article.id, type: 'organisation', full: orgText, role: null, linked: false, gender: 'unknown' });
        continue;
      }
      if (c.parts >= 2) {
        const hit = { ...span, parsed: parseName(span.text), role: c.role };
        (titleCase && !c.titled ? headingFulls : fulls).push(hit);
      } else {
        const key = nameWords(span.text).join(' ');
        shorts.push({ ...span, key, role: c.role, titled: c.titled, givenTitle: c.givenTitle, speaks: c.speaks, sentStart: a.sentStart });
      }
    }
  });
  // In title-case lines a capitalised pair proves little: keep it only when the story names it too.
  const known = new Set(fulls.map((f) => spellingKey(f.text)));
  for (const h of headingFulls) if (known.has(spellingKey(h.text))) fulls.push(h);

  const fullest = fullestForms(fulls);
  const persons: Array<{ start: number; end: number; full: string }> = [];
  for (const f of fulls) {
    const full = fullest.get(f) ?? f.text;
    out.push({ start: f.start, end: f.end, text: f.text, article: article.id, type: 'person', full, role: f.role, linked: full !== f.text, gender: 'unknown' });
    persons.push({ start: f.start, end: f.end, full });
  }
  for (const s of shorts) {
    const target = resolveShort(s, fulls);
    if (target) {
      const full = fullest.get(target) ?? target.text;
      out.push({ start: s.start, end: s.end, text: s.text, article: article.id, type: 'person', full, role: s.titled ? s.role : null, linked: true, gender: 'unknown' });
      persons.push({ start: s.start, end: s.end, full });
    } else if ((s.titled || (s.speaks && !s.sentStart)) && isNameWord(s.key)) {
      out.push({ start: s.start, end: s.end, text: s.text, article: article.id, type: 'person', full: s.text, role: s.role, linked: false, gender: 'unknown' });
      persons.push({ start: s.start, end: s.end, full: s.text });
    }
  }
  persons.sort((a, b) => a.start - b.start);
  // Quotes of this article by the offset of their speaker mention (analyze passes every article's quotes).
  const speakerAt = new Map<number, string>();
  for (const q of quotes) if (q.article === article.id && q.speaker && q.speakerMention) speakerAt.set(q.speakerMention.start, q.speaker);
  for (const toks of tokensByBlock) linkPronouns(toks, persons, speakerAt, article.id, out);
  out.sort((a, b) => a.start - b.start || b.end - a.end);
  return withGender(text, out);
}

/**
 * The gender the article gives each person: votes of the pronouns linked to them and of gendered
 * honorifics and role words written with the name ("Mrs", "spokeswoman"). A tie or no vote is 'unknown'.
 */
function withGender(text: string, mentions: NameMention[]): NameMention[] {
  const votes = new Map<string, number>();
  for (const m of mentions) {
    if (m.type !== 'person') continue;
    const cue = `${m.role ?? ''} ${m.linked && m.end - m.start <= 4 ? text.slice(m.start, m.end) : ''} ${text.slice(Math.max(0, m.start - 5), m.start)}`;
    let v = 0;
    for (const w of cue.toLowerCase().match(/[\p{L}]+/gu) ?? []) {
      const g = lexicon.wordGender(w);
      if (g === 'male') v++;
      else if (g === 'female') v--;
    }
    if (v !== 0) votes.set(m.full, (votes.get(m.full) ?? 0) + Math.sign(v));
  }
  return mentions.map((m) => {
    const v = m.type === 'person' ? (votes.get(m.full) ?? 0) : 0;
    return v === 0 ? m : { ...m, gender: v > 0 ? 'male' : 'female' };
  });
}

const isNameWord = (key: string): boolean => !!key && !NOT_NAME.has(key) && !DEMONYMS.has(key) && !ORG_TAIL.has(key);

/** A run that is not a name by itself may still hold a surname ("Novak administration"). */
function addShort(toks: readonly Tok[], first: number, last: number, shorts: ShortHit[]): void {
  for (let x = first; x <= last; x++) {
    const t = toks[x] as Tok;
    if (!t.cap || t.allCaps || !isNameWord(t.key)) continue;
    shorts.push({ start: t.start, end: t.end, text: t.text, key: nameWords(t.text).join(' '), role: null, titled: false, givenTitle: false, speaks: false, sentStart: t.sentStart });
  }
}

/** A headline-like line: short, mostly capitalised words, no closing full stop. */
function isTitleCase(toks: readonly Tok[]): boolean {
  let words = 0;
  let caps = 0;
  for (const t of toks) {
    if (!t.word || t.key.length < 4) continue;
    words++;
    if (t.cap) caps++;
  }
  const lastTok = toks[toks.length - 1];
  const closed = !!lastTok && !lastTok.word && /[.!?"”]/.test(lastTok.text);
  return !closed && words >= 3 && words <= 20 && caps / words > 0.7;
}

/** For each full name, the longest name in the article that contains all its parts in order. */
function fullestForms(fulls: readonly FullHit[]): Map<FullHit, string> {
  const out = new Map<FullHit, string>();
  for (const f of fulls) {
    let best: FullHit = f;
    for (const g of fulls) {
      if (g.parsed.parts.length > best.parsed.parts.length && containsParts(g.parsed, f.parsed)) best = g;
    }
    out.set(f, best.text);
  }
  return out;
}

function containsParts(long: ParsedName, short: ParsedName): boolean {
  if (long.parts[0]?.norm !== short.parts[0]?.norm) return false;
  let j = 1;
  for (let i = 1; i < short.parts.length; i++) {
    const want = short.parts[i]?.norm;
    while (j < long.parts.length && long.parts[j]?.norm !== want) j++;
    if (j >= long.parts.length) return false;
    j++;
  }
  return true;
}

/** The full name a single word refers to: the nearest earlier full name with that surname, else the next one. */
function resolveShort(s: ShortHit, fulls: readonly FullHit[]): FullHit | null {
  let before: FullHit | null = null;
  let after: FullHit | null = null;
  for (const f of fulls) {
    const parts = f.parsed.parts;
    const surname = parts[parts.length - 1]?.norm;
    const hit = surname === s.key || (s.givenTitle && parts[0]?.norm === s.key);
    if (!hit) continue;
    if (f.start <= s.start) {
      if (!before || f.start > before.start) before = f;
    } else if (!after || f.start < after.start) after = f;
  }
  return before ?? after;
}

const PRONOUN_WINDOW = 400;

/** He / she / his / her -> the latest person named shortly before, or the speaker the quote stage resolved. */
function linkPronouns(
  toks: readonly Tok[],
  persons: ReadonlyArray<{ start: number; end: number; full: string }>,
  speakerAt: ReadonlyMap<number, string>,
  article: string,
  out: NameMention[],
): void {
  for (const t of toks) {
    if (!t.word || !PERSON_PRONOUNS.has(t.key)) continue;
    let full: string | null = null;
    const speaker = speakerAt.get(t.start);
    if (speaker) {
      const speakerKey = spellingKey(speaker);
      full = persons.find((p) => spellingKey(p.full) === speakerKey || spellingKey(p.full).endsWith(` ${speakerKey}`))?.full ?? null;
    }
    if (!full) {
      for (let i = persons.length - 1; i >= 0; i--) {
        const p = persons[i];
        if (!p || p.end > t.start) continue;
        if (t.start - p.end <= PRONOUN_WINDOW) full = p.full;
        break;
      }
    }
    if (full) out.push({ start: t.start, end: t.end, text: t.text, article, type: 'person', full, role: null, linked: true, gender: 'unknown' });
  }
}

// Claims: checkable clauses of paragraph blocks, with normalised values and a
// negation/status flag. Offsets always point into the original article text.
import type { Claim, ClaimValue, ParsedArticle, Quote } from '../../types';
import { isCheckable, splitClauses } from './clauses';
import { foldText } from './text';
import { extractValues } from './values';

/** Negation and status words that flip what a clause asserts ("postponed the trip", "was not invited"). */
export const NEGATION_RE =
  /\b(?:not|no|never|neither|nor|none|nobody|without|cannot|absent|absence)\b|n['’]t\b|\b(?:postpon|cancel|call(?:ed|s|ing)? off|scrap|suspend|delay|den(?:y|ied|ies)|refus|declin(?:ed|es) to|fail(?:ed|s) to|ruled? out|rul(?:es|ing) out|withdr[ae]w|abandon|put off|shelv)/i;

/** Capitalised place after a locative preposition: "in Lyon", "at the Grand Palace". */
const PLACE_RE = /\b(?:in|at|near|outside|inside)\s+(?:the\s+)?((?:[A-Z][\p{L}'’.-]*)(?:\s+(?:(?:of|de|al|el|the)\s+)?[A-Z][\p{L}'’.-]*)*)/gu;
const NOT_PLACE = new Set([
  'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december',
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'the', 'a', 'an', 'his', 'her', 'their',
  'its', 'this', 'that', 'i', 'he', 'she', 'they', 'we', 'it', 'congress', 'parliament', 'court',
]);

export function negatedText(text: string): boolean {
  return NEGATION_RE.test(text);
}

function placeValues(text: string, start: number, end: number): ClaimValue[] {
  const slice = text.slice(start, end);
  const out: ClaimValue[] = [];
  PLACE_RE.lastIndex = 0;
  for (let m = PLACE_RE.exec(slice); m; m = PLACE_RE.exec(slice)) {
    const name = (m[1] ?? '').replace(/['’]s$/, '').replace(/[.'’]$/, '');
    if (!name || NOT_PLACE.has(name.toLowerCase().split(/\s+/)[0] ?? '')) continue;
    const s = m.index + m[0].length - (m[1] ?? '').length;
    const norm = 'place:' + foldText(name).replace(/[^a-z0-9]+/g, ' ').trim();
    out.push({ kind: 'place', norm, unit: null, start: start + s, end: start + s + name.length, text: name });
  }
  return out;
}

export function extractClaims(article: ParsedArticle, quotes: readonly Quote[]): Claim[] {
  const { text } = article;
  const mine = quotes.filter((q) => q.article === article.id);
  const claims: Claim[] = [];
  for (const sentence of article.sentences) {
    if (article.blocks[sentence.block]?.kind !== 'paragraph') continue;
    for (const clause of splitClauses(text, sentence)) {
      const values = [...extractValues(text, clause.start, clause.end), ...placeValues(text, clause.start, clause.end)];
      values.sort((a, b) => a.start - b.start);
      const clauseText = text.slice(clause.start, clause.end);
      if (!isCheckable(clauseText, values.length > 0)) continue;
      claims.push({
        id: `${article.id}:c${claims.length + 1}`,
        article: article.id,
        start: clause.start,
        end: clause.end,
        text: clauseText,
        cluster: '',
        sentence: { start: sentence.start, end: sentence.end },
        values,
        negated: negatedText(clauseText),
        quotes: mine.filter((q) => q.start < clause.end && q.end > clause.start).map((q) => q.id),
        copiedFrom: [],
      });
    }
  }
  return claims;
}

// The word-class pass: one likely class per token (noun, verb, name, function word, …) that
// every stage reads instead of guessing again. Deliberately light: closed-class words from
// the lexicon, open-class readings from the generated word table (most likely first), a few
// context rules that pick among the readings, and capitalisation judged against the whole
// article (a capitalised word that the article also writes in lower case is no name).
import { functionClass, PRONOUNS } from './lexicon/function-words';
import { readings, type OpenClass } from './lemma';
import type { Token } from './tokens';
import type { WordClass } from './wordclass-types';

/** How the article writes words outside sentence starts and headings. */
export interface CaseEvidence {
  /** keys seen in lower case in running text */
  lower: ReadonlySet<string>;
  /** keys seen capitalised in running text, not at a sentence start */
  capital: ReadonlySet<string>;
}

const MODALS = new Set(['will', 'would', 'shall', 'should', 'can', 'could', 'may', 'might', 'must', 'do', 'does', 'did', "n't", 'not', 'to']);
const SUBJECTS = new Set(['he', 'she', 'they', 'we', 'i', 'you', 'who', 'it']);

function suffixGuess(w: string): OpenClass {
  if (w.length > 4 && w.endsWith('ly')) return 'adverb';
  if (/(?:ed|ing|ize|ise|ify)$/.test(w) && w.length > 4) return 'verb';
  if (/(?:ous|ful|ive|able|ible|ical|less|ish|ic|al)$/.test(w) && w.length > 4) return 'adjective';
  return 'noun';
}

function pick(options: readonly { cls: OpenClass }[], prev: Token | undefined): OpenClass | null {
  if (options.length === 0) return null;
  const has = (c: OpenClass): boolean => options.some((o) => o.cls === c);
  if (prev) {
    const pc = prev.cls;
    // "the report", "his claims", "a strong showing": a noun after a determiner or adjective
    if ((pc === 'determiner' || (pc === 'pronoun' && PRONOUNS.get(prev.lower)?.role === 'possessive') || prev.possessive || pc === 'adjective') && has('noun')) {
      return has('adjective') && options[0]!.cls === 'adjective' ? 'adjective' : 'noun';
    }
    // "to report", "will claim", "he says", "who added": a verb after a modal or a subject
    if ((MODALS.has(prev.lower) || (pc === 'pronoun' && SUBJECTS.has(prev.lower)) || pc === 'name') && has('verb')) return 'verb';
    // "saw leaves", "announced cuts": the object of a verb
    if (pc === 'verb' && has('noun') && options[0]!.cls !== 'adverb') return 'noun';
  }
  // a sentence opens with its subject far more often than with a verb
  if (!prev && has('noun')) return 'noun';
  return options[0]!.cls;
}

/**
 * Sets `cls` and `lemma` of tokens[from, to), one sentence. `heading` blocks are written in title
 * case, so their capitals say nothing by themselves.
 */
export function classifySentence(tokens: readonly Token[], from: number, to: number, evidence: CaseEvidence, heading: boolean): void {
  let first = true;
  for (let k = from; k < to; k++) {
    const t = tokens[k]!;
    if (t.kind !== 'word') {
      // a quotation mark or bracket does not end the sentence start
      if (t.kind === 'punct' && !/^["'“‘(«\u2014\u2013-]$/.test(t.text)) first = false;
      continue;
    }
    const prev = k > from ? tokens[k - 1] : undefined;
    const fixed = functionClass(t.key);
    const options = readings(t.key);
    let cls: WordClass | null = null;
    if (t.cap && !(fixed && !t.allCaps)) {
      const common = options.length > 0 && evidence.lower.has(t.key);
      const capitalElsewhere = evidence.capital.has(t.key);
      if (t.allCaps && t.key.length <= 6 && !heading) cls = 'name';
      else if (!first && !heading) cls = common && !capitalElsewhere ? null : 'name';
      else if (capitalElsewhere && !common) cls = 'name';
      else if (options.length === 0 && !fixed) cls = 'name';
    }
    if (cls === null) cls = fixed ?? pick(options, prev) ?? suffixGuess(t.key);
    t.cls = cls;
    t.lemma = lemmaFor(t, cls, options);
    first = false;
  }
}

function lemmaFor(t: Token, cls: WordClass, options: readonly { cls: OpenClass; lemma: string }[]): string {
  for (const o of options) if (o.cls === cls) return o.lemma;
  return t.key;
}

/** Case evidence of running text: the paragraphs' tokens, sentence starts left out. */
export function caseEvidence(sentences: Iterable<{ tokens: readonly Token[]; from: number; to: number }>): CaseEvidence {
  const lower = new Set<string>();
  const capital = new Set<string>();
  for (const s of sentences) {
    let first = true;
    for (let k = s.from; k < s.to; k++) {
      const t = s.tokens[k]!;
      if (t.kind !== 'word') {
        if (t.kind === 'punct' && /^[:"“‘(«\u2014]$/.test(t.text)) first = true;
        continue;
      }
      if (!first) (t.cap ? capital : lower).add(t.key);
      first = false;
    }
  }
  return { lower, capital };
}

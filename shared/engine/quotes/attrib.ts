// Finds the reporting verb (cue) and the speaker phrase for a stretch of speech inside one
// sentence, looking after it ("…,” he said", "…,” said Novak", "…,” Reyes, who …, told AP")
// and before it ("Novak said that …: “…”", "according to X", "X wrote on X: “…”").
import { BELIEF_VERBS, CAP_CUES, NAMING_VERBS, NOUN_LIKE_CUES, SPEECH_VERBS } from './lexicon';
import { NEGATED_AUX, npAfter, npBefore, VERB_FILLERS, WEEKDAYS, type NP } from './phrases';
import { openingNameBeforeAsides, skipAdjunctObject } from './frames';
import { objectOfVerb, subjectWithVerb } from './subject';
import type { Token } from './tokens';

export interface Attribution {
  /** cue token range (inclusive) or -1 when the speaker stands alone */
  cueFrom: number;
  cueTo: number;
  np: NP;
}

const EXTRA_CUES = new Set(['quoted', 'according']);
const TIME_PHRASE = /^(?:\d+|a|an|few|several|less|more|than|about|nearly|almost|just|only|some|one|two|three|four|five|six|seven|eight|nine|ten|(?:second|minute|hour|day|week|month|year|decade)s?)$/;

/** Words that open a verb's object or clause: "hopes his campaign …", "shows the race …" are verbs. */
const OBJECT_START = new Set(['that', 'his', 'her', 'their', 'its', 'the', 'a', 'an', 'he', 'she', 'they', 'it', 'we', 'this', 'these', 'those']);
const DETERMINER_ONLY = new Set(['the', 'a', 'an', 'his', 'her', 'its', 'their', 'our', 'my', 'your']);
const DET_BEFORE = new Set(['the', 'a', 'an', 'his', 'her', 'its', 'their', 'our', 'my', 'your', 'this', 'that', 'these', 'those', 'of', 'in', 'for', 'with', 'new', 'recent', 'repeated', 'earlier', 'such', 'public']);

export function isCue(t: Token, belief: boolean): boolean {
  if (t.punct || (t.cap && t.lower !== 'according' && !CAP_CUES.has(t.lower))) return false;
  return SPEECH_VERBS.has(t.lower) || NAMING_VERBS.has(t.lower) || EXTRA_CUES.has(t.lower) || (belief && BELIEF_VERBS.has(t.lower));
}

/** isCue plus context: "his comments", "Russian state television" are nouns, not verbs. */
export function cueAt(tokens: readonly Token[], c: number, belief: boolean): boolean {
  const t = tokens[c]!;
  if (!isCue(t, belief)) return false;
  const prev = tokens[c - 1];
  if (prev && DETERMINER_ONLY.has(prev.lower)) return false;
  if (!NOUN_LIKE_CUES.has(t.lower)) return true;
  if (prev && !prev.punct && (DET_BEFORE.has(prev.lower) || /['\u2019]s$/.test(prev.w))) return false;
  // a plural noun and the base form agree as subject and verb: "polls show", "records show"
  if (prev && !prev.cap && /^[a-z]+s$/.test(prev.w) && !/(?:ss|us|is)$/.test(prev.lower) && !t.lower.endsWith('s') && prev.lower !== 'its' && prev.lower !== 'his') return true;
  const next = tokens[c + 1];
  if (next && !next.punct && /^[a-z]/.test(next.w) && !OBJECT_START.has(next.lower) && !WEEKDAYS.has(next.lower) && next.lower !== 'on' && next.lower !== 'in' && next.lower !== 'to') return false;
  return true;
}

/** Reporting verbs whose base form is also a noun ("a snappy retort"); "a third say" keeps its verb. */
const NOUN_FORMS = new Set(['retort', 'quip', 'call', 'term', 'label', 'brand', 'boast', 'plea', 'shout', 'whisper', 'hint', 'response', 'answer', 'question']);
const NOT_MODIFIER = new Set(['who', 'that', 'which', 'i', 'we', 'you', 'he', 'she', 'they', 'it']);
/** "a snappy retort", "a controversial comment", "a fourth term": a base form after "a" and up to two modifiers is a noun. */
function afterIndefinite(tokens: readonly Token[], c: number): boolean {
  const l = tokens[c]!.lower;
  if (!(NOUN_LIKE_CUES.has(l) || NOUN_FORMS.has(l)) || /(?:s|ed|ing)$/.test(l)) return false;
  for (let k = c - 1; k >= 0 && c - k <= 3; k--) {
    const u = tokens[k]!;
    if (u.punct || NOT_MODIFIER.has(u.lower)) return false;
    if (u.lower === 'a' || u.lower === 'an') return k < c - 1;
  }
  return false;
}

export function isPunctW(t: Token | undefined, chars: string): boolean {
  return t !== undefined && t.punct && chars.includes(t.w);
}

/** Skips an apposition that ends at the comma `comma` ("Ana Reyes, head of the fund, said"). */
function skipAppositionBack(tokens: readonly Token[], comma: number, floor: number, inQuote: Uint8Array): number {
  for (let k = comma - 1; k >= Math.max(floor, comma - 25); k--) {
    if (inQuote[k]) return -1;
    if (tokens[k]!.w === ',') return k - 1;
  }
  return -1;
}

/** Speaker phrase ending right before the verb at `c`, skipping fillers and appositions. */
export function filler(t: Token): boolean {
  return !t.punct && (VERB_FILLERS.has(t.lower) || WEEKDAYS.has(t.lower) || NEGATED_AUX.test(t.lower) || (!t.cap && t.lower.length > 4 && t.lower.endsWith('ly')));
}

function subjectBefore(tokens: readonly Token[], c: number, floor: number, inQuote: Uint8Array): NP | null {
  let k = c - 1;
  for (;;) {
    // "The State Department less than two weeks ago said": a time phrase ending in "ago"
    if (k >= floor && tokens[k]!.lower === 'ago') {
      let j = k - 1;
      while (j >= floor && k - j <= 5 && TIME_PHRASE.test(tokens[j]!.lower)) j--;
      if (j < k - 1) k = j;
    }
    while (k >= floor && filler(tokens[k]!)) {
      k--;
      // "the senator on Tuesday dismissed": a time phrase between subject and verb
      if (k >= floor && tokens[k]!.lower === 'on' && WEEKDAYS.has(tokens[k + 1]!.lower)) k--;
    }
    // "Sen. Ted Cruz (Tex.) has said": skip a short parenthesis
    if (k >= floor && tokens[k]!.w === ')') {
      let o = k - 1;
      while (o >= floor && k - o < 8 && tokens[o]!.w !== '(') o--;
      if (o >= floor && tokens[o]!.w === '(') {
        k = o - 1;
        continue;
      }
    }
    break;
  }
  if (k < floor || inQuote[k]) return null;
  const t = tokens[k]!;
  if (t.w === ',') {
    const opening = openingNameBeforeAsides(tokens, floor, k, inQuote);
    if (opening) return opening;
    const j = skipAppositionBack(tokens, k, floor, inQuote);
    // "the president's adviser, Ivan Petrenko, told": a name in the apposition is the better mention
    const inner = npBefore(tokens, k - 1, floor);
    if (inner && inner.kind === 'name' && j >= floor && inner.from === j + 2) return inner;
    return j >= floor ? npBefore(tokens, j, floor) : null;
  }
  if (t.lower === 'and' || t.lower === 'but') {
    // "he said and vowed to": the subject of the coordinated verb
    const prev = tokens[k - 1];
    if (prev && k - 1 >= floor && cueAt(tokens, k - 1, true)) return subjectBefore(tokens, k - 1, floor, inQuote);
    // "Trump denounced the tests and pledged …": the nearest name or pronoun followed by a verb
    for (let j = k - 1; j >= floor && k - j < 20; j--) {
      if (inQuote[j]) return null;
      const next = tokens[j + 1]!;
      if (!next.punct && !next.cap && /(?:ed|s)$/.test(next.lower) && !tokens[j]!.punct) {
        const np = npBefore(tokens, j, floor);
        if (np && np.kind !== 'description' && np.to === j) return np;
      }
    }
    // "Trump, her opponent, bemoaned the unrest and said …": the named subject that opens the clause
    const opening = subjectWithVerb(tokens, floor, k, inQuote);
    return opening && opening.kind === 'name' ? opening : null;
  }
  return skipAdjunctObject(tokens, npBefore(tokens, k, floor), floor, (p) => subjectBefore(tokens, p, floor, inQuote));
}

/** The first noun phrase of the sentence (subject of a participle cue: "…, saying: “…”"). */
export function clauseSubject(tokens: readonly Token[], floor: number, c: number, inQuote: Uint8Array): NP | null {
  const opening = subjectWithVerb(tokens, floor, c, inQuote);
  if (opening) return opening;
  let s = floor;
  // skip a leading adverbial that ends in a comma ("Ahead of the talks, …")
  const first = tokens[s];
  if (first && (/^(?:in|on|at|after|before|ahead|during|speaking|writing|asked|for|with|later|earlier|meanwhile|still|but|and|moreover|however|yet|also|instead|first|finally|then|now)$/i.test(first.w) || /ly$/.test(first.lower))) {
    for (let k = s; k < c; k++) if (tokens[k]!.w === ',') {
      s = k + 1;
      break;
    }
  }
  for (let k = s; k < Math.min(c, s + 3); k++) {
    if (inQuote[k]) return null;
    const np = npAfter(tokens, k, c - 1);
    if (np && np.from === k) return np;
  }
  return null;
}

/** The attribution whose cue is token `c`, for speech ending at `b` (null when `c` is no usable cue). */
function attributionAt(tokens: readonly Token[], c: number, b: number, floor: number, inQuote: Uint8Array, belief: boolean, sawAndThat: boolean): Attribution | null {
  const t = tokens[c]!;
  if (inQuote[c] || !cueAt(tokens, c, belief) || afterIndefinite(tokens, c)) return null;
  if (t.lower === 'according') {
    if (sawAndThat || tokens[c + 1]?.lower !== 'to') return null;
    const np = npAfter(tokens, c + 2, b);
    return np ? { cueFrom: c, cueTo: c + 1, np } : null;
  }
  if (t.cap && (c === floor || tokens[c - 1]!.punct)) {
    // sentence-initial inverted cue: "Said Dorothy Poynter, who …, “…”"
    const inv = npAfter(tokens, c + 1, b);
    return inv ? { cueFrom: c, cueTo: c, np: inv } : null;
  }
  // a participle after a comma takes the subject of the main clause: "Trump hit back, calling him …"
  const participle = /ing$/.test(t.lower);
  const afterComma = participle && tokens[c - 1]?.w === ',';
  let np = afterComma
    ? (clauseSubject(tokens, floor, c, inQuote) ?? subjectBefore(tokens, c, floor, inQuote))
    : participle
      ? (subjectBefore(tokens, c, floor, inQuote) ?? clauseSubject(tokens, floor, c, inQuote))
      : subjectBefore(tokens, c, floor, inQuote);
  // "Trump issued a statement saying …": the phrase before the participle is the object of a
  // verb; the words are the clause subject's
  if (participle && !afterComma && np && np.kind === 'description' && objectOfVerb(tokens, np.from - 1, floor)) np = clauseSubject(tokens, floor, c, inQuote) ?? np;
  return np ? { cueFrom: c, cueTo: c, np } : null;
}

/** Attribution before the speech: nearest cue scanning back from `b` to `floor`. */
export function findBefore(tokens: readonly Token[], b: number, floor: number, inQuote: Uint8Array, belief: boolean): Attribution | null {
  let sawAndThat = false;
  for (let c = b; c >= floor && b - c < 40; c--) {
    const t = tokens[c]!;
    if (t.lower === 'that' && tokens[c - 1]?.lower === 'and') sawAndThat = true;
    const a = attributionAt(tokens, c, b, floor, inQuote, belief, sawAndThat);
    if (a) return a;
    // "was told", "is said": passive without an agent before; keep looking further back
  }
  return null;
}

/**
 * The outermost attribution before a quoted fragment: the first cue of the sentence that has a
 * speaker ("Moreau said he had begun to expose Trump, whom he called a “con artist.”" is Moreau's).
 */
export function findOutermost(tokens: readonly Token[], b: number, floor: number, inQuote: Uint8Array, belief: boolean): Attribution | null {
  // a leading subordinate clause ("While not everything Trump says is true, …") holds no outer speech
  let from = Math.max(floor, b - 39);
  // so does a leading prepositional phrase ("In a Facebook message posted Friday, Cruz said …")
  if (SUBORDINATORS.has(tokens[floor]?.lower ?? '') || PP_OPENERS.has(tokens[floor]?.lower ?? '')) {
    for (let k = floor + 1; k <= b; k++) {
      if (tokens[k]!.w === ',') {
        from = Math.max(from, k + 1);
        break;
      }
    }
  }
  // a dash or semicolon before the fragment ends the clause of an earlier report ("… to retaliate -- meddling the congressman said is …")
  // (not the second dash of an aside: "the “bigots” who oppose amnesty—presumably many—to “shut up.”")
  const dash = (k: number): boolean => !inQuote[k] && (tokens[k]!.w === '\u2014' || (tokens[k]!.w === '-' && tokens[k - 1]?.w === '-'));
  for (let k = b; k > from; k--) {
    if (inQuote[k] || !(tokens[k]!.w === ';' || dash(k))) continue;
    let paired = false;
    for (let j = k - 2; j >= from && tokens[k]!.w !== ';'; j--) if (dash(j)) paired = true;
    if (!paired) from = k + 1;
    break;
  }
  let first: Attribution | null = null;
  for (let c = from; c <= b; c++) {
    const a = attributionAt(tokens, c, b, floor, inQuote, belief, false);
    // "whom he called", "what we call", "videos he calls": a relative clause, not the outer speech
    // "…, although he tweeted that he “…”": a subordinate clause after a comma starts a new report too
    const joiner = tokens[a ? a.np.from - 1 : -1]?.lower ?? '';
    const newClause = a !== null && (COORDINATORS.has(joiner) || (SUBORDINATORS.has(joiner) && tokens[a.np.from - 2]?.w === ','));
    if (a && (newClause || (!RELATIVES.has(joiner) && !(a.np.kind === 'pronoun' && a.np.from > floor && !tokens[a.np.from - 1]!.punct && !CLAUSE_JOINS.has(joiner))))) {
      // "…, but he said that the footage “…”": a coordinated clause with a subject of its own starts a new report
      if (!first || newClause) first = a;
    }
  }
  return first;
}
const SUBORDINATORS = new Set(['while', 'although', 'though', 'if', 'when', 'as', 'because', 'since', 'whether', 'unless', 'after', 'before']);
const PP_OPENERS = new Set(['in', 'on', 'at', 'during', 'following', 'amid']);
const RELATIVES = new Set(['whom', 'what', 'which', 'that', 'where', 'whose', 'when', 'how', 'why']);
const COORDINATORS = new Set(['and', 'but']);
const CLAUSE_JOINS = new Set(['and', 'but', 'so', 'yet', 'then', 'later', 'also']);

/** The speaker phrase before any verb at `c` (stance verbs are not in the cue lexicon). */
export function subjectOnly(tokens: readonly Token[], c: number, floor: number, inQuote: Uint8Array): NP | null {
  return subjectBefore(tokens, c, floor, inQuote);
}

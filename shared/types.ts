// Domain types of the analysis engine. Pure data: no Electron, DOM or Node.
// Every offset is a JavaScript string index into `ParsedArticle.text`, so
// text.slice(start, end) gives the span. For text and Markdown that is the file
// exactly as decoded; for HTML it is the page's extracted readable text (the raw
// markup is stored beside it). Nothing points into a cleaned copy.

export type Verdict = 'corroborated' | 'contradicted' | 'single-sourced';
export const VERDICTS: readonly Verdict[] = ['corroborated', 'contradicted', 'single-sourced'];

export type QuoteKind = 'direct' | 'partial' | 'indirect';
export type EntityType = 'person' | 'organisation';
export type ArticleFormat = 'text' | 'markdown' | 'html';

/** What a stretch of the article is. Only `paragraph` feeds claims and quotes. */
export type BlockKind =
  | 'paragraph'
  | 'heading' // headline, section heading
  | 'caption' // photo caption or photo credit
  | 'credit' // reporting credit, byline, "X contributed to this report"
  | 'furniture' // site furniture after or around the story: "Popular", teasers, comments
  | 'meta'; // metadata lines such as a leading "date YYYY-MM-DD"

export interface Span {
  start: number;
  end: number;
}

export interface Block extends Span {
  kind: BlockKind;
}

export interface Sentence extends Span {
  /** index into ParsedArticle.blocks */
  block: number;
}

/** One article file as handed to the engine, already decoded. */
export interface ArticleInput {
  id: string;
  /** path or name as given by the user */
  file: string;
  text: string;
  /** user corrections; they win over what the engine finds */
  outletOverride?: string | null;
  publishedOverride?: string | null;
}

/** Output of ingestion: metadata plus the structure of the text. */
export interface ParsedArticle {
  id: string;
  file: string;
  text: string;
  /** SHA-256 hex of text; the article's identity across re-analysis */
  hash: string;
  format: ArticleFormat;
  title: string | null;
  outlet: string | null;
  /** ISO date YYYY-MM-DD or null */
  published: string | null;
  /** how reasons and lists name the article: its short title, else its outlet, else the file name */
  label: string;
  blocks: Block[];
  sentences: Sentence[];
}

export interface TextMention extends Span {
  text: string;
}

export interface Quote extends Span {
  id: string;
  article: string;
  text: string;
  kind: QuoteKind;
  /** the reporting verb or phrase ("said", "according to", "told"), as it stands */
  cue: string | null;
  /** resolved speaker: the full name (or organisation) as the article gives it */
  speaker: string | null;
  /** the mention as it stands where the quote is attributed (name, pronoun or description) */
  speakerMention: TextMention | null;
}

export type PersonGender = 'male' | 'female' | 'unknown';

/** A name mention inside one article, linked to the article-level full name. */
export interface NameMention extends Span {
  article: string;
  text: string;
  type: EntityType;
  /** the fullest form of this name in the article ("Pavel Novak" for "Novak") */
  full: string;
  /** title or role found next to the full name ("Russian Foreign Minister") */
  role: string | null;
  /** true for surname-only, pronoun or description mentions linked back to `full` */
  linked: boolean;
  /** what the article says of the person's gender (pronouns, honorifics, gendered role words) */
  gender: PersonGender;
}

export interface Spelling {
  /** the name as written, titles removed ("Yusuf al Rashid") */
  spelling: string;
  articles: string[];
  sourceGroups: string[];
}

export interface Entity {
  id: string;
  name: string;
  type: EntityType;
  /** distinct spellings of the full name across articles */
  spellings: string[];
  spellingConflict: boolean;
  spellingDetails: Spelling[];
  preferred: { spelling: string; reason: string };
  roles: string[];
  /** `spelling` names the spelling a mention belongs to (a surname or pronoun inherits it), so a split can move it */
  mentions: Array<TextMention & { article: string; spelling?: string; role?: string | null }>;
}

/** A normalised checkable value inside a claim. */
export type ClaimValueKind = 'number' | 'money' | 'percent' | 'age' | 'date' | 'weekday' | 'place' | 'duration' | 'ordinal';
export interface ClaimValue extends Span {
  kind: ClaimValueKind;
  /** canonical form used for comparison: "2022-02-24", "usd:5000000", "count:3:soldier" */
  norm: string;
  /** the unit or counted noun when known ("people", "soldiers", "usd") */
  unit: string | null;
  text: string;
}

export interface Claim extends Span {
  id: string;
  article: string;
  text: string;
  cluster: string;
  /** the sentence containing the claim */
  sentence: Span;
  values: ClaimValue[];
  /** negated / status-flipped wording detected in the claim */
  negated: boolean;
  /** quote ids inside this claim's span */
  quotes: string[];
  /** ids of claims in other source groups this one is copied from nearly word for word */
  copiedFrom: string[];
}

export type ConflictKind = 'number' | 'date' | 'place' | 'status' | 'speaker' | 'wording';

export interface ConflictSide {
  claim: string;
  article: string;
  value: string;
  start: number;
  end: number;
}

export interface Conflict {
  kind: ConflictKind;
  a: ConflictSide;
  b: ConflictSide;
  reason: string;
}

export interface SourceGroup {
  id: string;
  /** the outlet or the shared wire name ("AP") */
  label: string;
  articles: string[];
  /** why these articles are one group: shared text, same outlet */
  reason: string;
}

/**
 * A stretch of one article (a sentence or more) copied nearly word for word from another
 * article: sentence-level provenance, so an outlet that rewrites a wire story and adds its own
 * reporting has its copied sentences counted with the original and its own ones as its own.
 */
export interface CopiedSpan extends Span {
  /** the article holding the copy */
  article: string;
  /** the article it was copied from, as far as the engine can tell which is the original */
  source: string;
  sourceStart: number;
  sourceEnd: number;
}

/** What the sources stage finds: article-level groups and sentence-level copies. */
export interface SourceAnalysis {
  groups: SourceGroup[];
  copies: CopiedSpan[];
}

export interface Cluster {
  id: string;
  claims: string[];
  suggestedVerdict: Verdict;
  reasons: string[];
  sourceGroups: string[];
  conflicts: Conflict[];
}

export interface AnalysedArticle {
  id: string;
  file: string;
  label: string;
  title: string | null;
  outlet: string | null;
  published: string | null;
  sourceGroup: string;
  hash: string;
  format: ArticleFormat;
  blocks: Block[];
  /** the analysed text (for HTML: the extracted readable text); offsets index it */
  text: string;
  /**
   * Shares no person, organisation or claim with any other article of a project of three or more:
   * possibly about another story, so the reviewer confirms it before its claims join the queue.
   */
  offTopic: boolean;
}

/** The engine's stages, as named in analysis errors and timings. */
export type StageName = 'parse' | 'quotes' | 'names' | 'claims' | 'sources' | 'entities' | 'alignment';

/** A stage that failed on one article (or, with `article: null`, on the whole set). */
export interface AnalysisError {
  article: string | null;
  stage: StageName;
  message: string;
}

/** The whole analysis of one set of articles: the `analyze --json` shape plus structure. */
export interface Analysis {
  articles: AnalysedArticle[];
  quotes: Quote[];
  entities: Entity[];
  claims: Claim[];
  clusters: Cluster[];
  sourceGroups: SourceGroup[];
  /** sentence-level provenance: which stretches of which articles are copies of which others */
  copies: CopiedSpan[];
  /** stages that failed; what they would have found is missing, everything else is there */
  errors: AnalysisError[];
}

/** Progress callback used by long stages; `done` of `total` units of `phase`. */
export type Progress = (phase: string, done: number, total: number) => void;

// The article as every stage reads it: per block its tokens (word classes set), its
// sentences as token ranges, its quotation spans and which tokens lie inside them. Built
// once per parsed article and shared by the stages that run on it.
import type { BlockKind, ParsedArticle, Span } from '../../types';
import { insideSpans, pairQuotes, type QuoteSpan } from './marks';
import { tokenAtOrAfter, tokenize, type Token } from './tokens';
import { caseEvidence, classifySentence, type CaseEvidence } from './wordclass';

export interface SentenceRange extends Span {
  /** token index range [from, to) inside the block's tokens */
  from: number;
  to: number;
}

export interface TextBlock extends Span {
  /** index into ParsedArticle.blocks */
  index: number;
  kind: BlockKind;
  tokens: Token[];
  sentences: SentenceRange[];
  quotes: QuoteSpan[];
  /** 1 for each token inside quotation marks (the marks themselves included) */
  inQuote: Uint8Array;
}

export interface TextDoc {
  text: string;
  /** every block but `meta`, in article order */
  blocks: TextBlock[];
  evidence: CaseEvidence;
}

const cache = new WeakMap<ParsedArticle, TextDoc>();

/** The TextDoc of `article`, built on first use. */
export function readDoc(article: ParsedArticle): TextDoc {
  let doc = cache.get(article);
  if (!doc) {
    doc = buildDoc(article);
    cache.set(article, doc);
  }
  return doc;
}

function buildDoc(article: ParsedArticle): TextDoc {
  const { text } = article;
  const blocks: TextBlock[] = [];
  const byIndex = new Map<number, TextBlock>();
  article.blocks.forEach((b, index) => {
    if (b.kind === 'meta') return;
    const tokens = tokenize(text, b.start, b.end);
    const quotes = pairQuotes(text, b.start, b.end);
    const block: TextBlock = { index, kind: b.kind, start: b.start, end: b.end, tokens, sentences: [], quotes, inQuote: insideSpans(tokens.map((t) => t.start), quotes) };
    blocks.push(block);
    byIndex.set(index, block);
  });
  for (const s of article.sentences) {
    const block = byIndex.get(s.block);
    if (!block) continue;
    block.sentences.push({ start: s.start, end: s.end, from: tokenAtOrAfter(block.tokens, s.start), to: tokenAtOrAfter(block.tokens, s.end) });
  }
  // a block the splitter gave no sentence (it should not happen) is one sentence
  for (const b of blocks) if (b.sentences.length === 0 && b.tokens.length > 0) b.sentences.push({ start: b.start, end: b.end, from: 0, to: b.tokens.length });
  const running = blocks.filter((b) => b.kind === 'paragraph').flatMap((b) => b.sentences.map((s) => ({ tokens: b.tokens, from: s.from, to: s.to })));
  const evidence = caseEvidence(running);
  for (const b of blocks) for (const s of b.sentences) classifySentence(b.tokens, s.from, s.to, evidence, b.kind === 'heading');
  return { text, blocks, evidence };
}

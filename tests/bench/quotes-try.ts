// Prints the speaker mention of each quotation in a hand-written text (analysis aid):
//   tsx tests/bench/quotes-try.ts "TEXT"
import { parseArticle } from '../../shared/engine/ingest';
import { extractQuotes } from '../../shared/engine/quotes';

const text = process.argv[2] ?? '';
for (const q of extractQuotes(parseArticle({ id: 'try', file: 'try.txt', text }))) {
  console.log(`${q.kind}\tcue=${q.cue ?? '-'}\tspk=[${q.speakerMention?.text ?? '-'}]\tname=${q.speaker ?? '-'}\t${q.text.slice(0, 60)}`);
}

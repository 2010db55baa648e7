// Debug dump for one PolNeAR article: sentences, quotation spans and extracted quotes around an
// offset, to see why an attribution was missed.  Usage: tsx tests/bench/quotes-debug.ts DOC OFFSET [RADIUS]
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArticle } from '../../shared/engine/ingest';
import { extractQuotes } from '../../shared/engine/quotes';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', '..', 'shared', 'eval', 'polnear');
const [doc = '', offArg = '0', radArg = '400'] = process.argv.slice(2);
const part = ['train', 'dev'].find((p) => {
  try {
    readFileSync(path.join(root, p, 'text', `${doc}.txt`));
    return true;
  } catch {
    return false;
  }
});
if (!part) throw new Error(`no article ${doc}`);
const text = readFileSync(path.join(root, part, 'text', `${doc}.txt`), 'utf8');
const at = Number(offArg);
const r = Number(radArg);
const article = parseArticle({ id: doc, file: `${doc}.txt`, text });
for (const s of article.sentences) if (s.end > at - r && s.start < at + r) console.log(`S ${s.start}-${s.end} b${s.block} ${JSON.stringify(text.slice(s.start, s.end))}`);
for (const q of extractQuotes(article)) {
  if (q.end > at - r && q.start < at + r) console.log(`Q ${q.kind} ${q.start}-${q.end} cue=${q.cue ?? '-'} spk=[${q.speakerMention?.text ?? '-'}]@${q.speakerMention?.start ?? '-'} ${JSON.stringify(q.text.slice(0, 80))}`);
}

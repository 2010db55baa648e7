// Checks the extractor against the seed gold quotes (../shared/eval/seeds-dev.json): each gold
// quote must be found (its text starts with `starts`) with a speaker containing one of the gold
// names, and no extracted quote may start with a `not_quotes` entry.  Usage: tsx tests/bench/quotes-seeds.ts
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArticle } from '../../shared/engine/ingest';
import { extractQuotes } from '../../shared/engine/quotes';

interface GoldQuote {
  article: string;
  starts: string;
  speaker: string[];
}
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const goldFile = path.resolve(root, '..', 'shared', 'eval', 'seeds-dev.json');
if (!existsSync(goldFile)) {
  console.log('quotes-seeds skipped: no gold');
} else {
  const gold = JSON.parse(readFileSync(goldFile, 'utf8')) as { quotes: GoldQuote[]; not_quotes: Array<{ article: string; starts: string }> };
  const files = readdirSync(path.join(root, 'seeds')).filter((f) => f.endsWith('.txt'));
  const norm = (s: string): string => s.replace(/[\u2019]/g, "'").toLowerCase();
  let ok = 0;
  for (const g of gold.quotes) {
    const f = files.find((x) => x.startsWith(g.article))!;
    const quotes = extractQuotes(parseArticle({ id: f, file: f, text: readFileSync(path.join(root, 'seeds', f), 'utf8') }));
    const q = quotes.find((x) => norm(x.text).startsWith(norm(g.starts)));
    const good = q !== undefined && g.speaker.some((s) => norm(q.speaker ?? '').includes(s));
    if (good) ok++;
    else console.log(`MISS ${g.article} "${g.starts}" want ${g.speaker.join('/')} got ${q ? `[${q.speaker ?? '-'}]` : 'no quote'}`);
  }
  let bad = 0;
  for (const n of gold.not_quotes) {
    const f = files.find((x) => x.startsWith(n.article))!;
    const quotes = extractQuotes(parseArticle({ id: f, file: f, text: readFileSync(path.join(root, 'seeds', f), 'utf8') }));
    if (quotes.some((x) => norm(x.text).startsWith(norm(n.starts)))) bad++;
  }
  console.log(`quotes-seeds: ${ok}/${gold.quotes.length} gold quotes with speaker, ${bad} not-quotes extracted`);
}

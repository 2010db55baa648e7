// Speaker resolution inside one article: a name to its fullest form, a pronoun or a
// definite description ("the sovereign wealth fund manager") to the nearest compatible
// named person: first a recent speaker, then a name earlier in the sentence, then the
// subjects of the preceding sentences. No antecedent (an article that opens with
// "He stressed") leaves the speaker unresolved rather than guessed.
import { FEMALE_ROLES, MALE_ROLES } from './lexicon';
import { NameTable, type Gender, type NameHit } from './names';

export interface SpeakerRecord {
  pos: number;
  name: string;
  block: number;
}

export class Resolver {
  readonly table = new NameTable();
  /** name hits in text order (persons and organisations) */
  readonly hits: NameHit[] = [];
  /** speakers of attributed speech so far, in text order */
  readonly speakers: SpeakerRecord[] = [];
  /** start offset of each paragraph block, to measure distance in paragraphs */
  constructor(private readonly blockOf: (pos: number) => number) {}

  addHits(hits: readonly NameHit[]): void {
    for (const h of hits) {
      this.hits.push(h);
      if (!h.org) this.table.add(h);
    }
  }

  fullName(name: string, org: boolean): string {
    const n = name.replace(/^the\s+/i, '');
    return org ? n : this.table.full(n);
  }

  private compatible(name: string, g: Gender): boolean {
    if (g === 'u') return true;
    const has = this.table.gender(name);
    return has === 'u' || has === g;
  }

  private isPerson(name: string): boolean {
    const p = this.table.get(name);
    return p !== undefined && !p.org;
  }

  /** Resolves a pronoun or description at `pos`; `sentenceStart` bounds same-sentence names. */
  antecedent(pos: number, gender: Gender, sentenceStart: number, excluded: (p: number) => boolean, descr: boolean): string | null {
    const block = this.blockOf(pos);
    // 1. a name earlier in the same sentence, outside quotes (pronouns only)
    if (!descr) {
      for (let i = this.lastHitBefore(pos); i >= 0; i--) {
        const h = this.hits[i]!;
        if (h.start < sentenceStart) break;
        if (excluded(h.start) || h.org || !this.isPerson(h.name)) continue;
        if (this.compatible(h.name, gender)) return this.table.full(h.name);
      }
    }
    // 2. the most recent speaker within the last two paragraphs
    for (let i = this.speakers.length - 1; i >= 0; i--) {
      const s = this.speakers[i]!;
      if (s.pos > pos) continue;
      if (block - s.block > 2) break;
      if (this.compatible(s.name, gender)) return s.name;
      break;
    }
    // 3. the nearest earlier person in this or the previous paragraph
    for (let i = this.lastHitBefore(sentenceStart); i >= 0; i--) {
      const h = this.hits[i]!;
      if (block - this.blockOf(h.start) > 1) break;
      if (excluded(h.start) || h.org || !this.isPerson(h.name)) continue;
      if (!this.table.get(h.name)?.titled && h.name.split(' ').length < 2 && this.table.full(h.name) === h.name) continue;
      if (this.compatible(h.name, gender)) return this.table.full(h.name);
    }
    return null;
  }

  private lastHitBefore(pos: number): number {
    let lo = 0;
    let hi = this.hits.length - 1;
    let ans = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (this.hits[mid]!.start < pos) {
        ans = mid;
        lo = mid + 1;
      } else hi = mid - 1;
    }
    return ans;
  }

  record(pos: number, name: string): void {
    this.speakers.push({ pos, name, block: this.blockOf(pos) });
  }
}

export function descriptionGender(words: readonly string[]): Gender {
  for (const w of words) {
    if (FEMALE_ROLES.has(w)) return 'f';
    if (MALE_ROLES.has(w)) return 'm';
  }
  return 'u';
}

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

  /** Needs evidence: a title, a first name, pronouns that follow it, or a gendered role. */
  isPerson(name: string): boolean {
    const p = this.table.get(name);
    return p !== undefined && !p.org && (p.titled || p.full.includes(' ') || p.he + p.she > 0 || p.fixed !== 'u');
  }

  /**
   * Resolves a pronoun or description at `pos`; `sentenceStart` bounds same-sentence names.
   * Candidates in order: names earlier in the sentence (pronouns only), the last speaker
   * within two paragraphs, then persons named in this or the previous paragraph. A candidate
   * whose gender is known to match wins over one whose gender is unknown; a description
   * prefers a person whose role words it shares ("the fund manager" ~ "head of the … Fund").
   */
  antecedent(pos: number, gender: Gender, sentenceStart: number, excluded: (p: number) => boolean, descr: readonly string[] | null): string | null {
    const block = this.blockOf(pos);
    const cands: string[] = [];
    if (!descr) {
      for (let i = this.lastHitBefore(pos); i >= 0; i--) {
        const h = this.hits[i]!;
        if (h.start < sentenceStart) break;
        if (!excluded(h.start) && !h.org && this.isPerson(h.name)) cands.push(this.table.full(h.name));
      }
    }
    for (let i = this.speakers.length - 1; i >= 0; i--) {
      const s = this.speakers[i]!;
      if (s.pos > pos) continue;
      if (block - s.block > 2) break;
      // a recent speaker needs no other evidence of being a person, unless it is an organisation
      const entry = this.table.get(s.name);
      if (entry && !entry.org) {
        cands.push(s.name);
        break;
      }
    }
    for (let i = this.lastHitBefore(sentenceStart); i >= 0; i--) {
      const h = this.hits[i]!;
      if (block - this.blockOf(h.start) > (descr ? 3 : 1)) break;
      if (!excluded(h.start) && !h.org && this.isPerson(h.name)) cands.push(this.table.full(h.name));
    }
    if (descr && descr.length > 0) {
      for (const c of cands) if (this.sharesRole(c, descr)) return c;
    }
    if (gender !== 'u') for (const c of cands) if (this.table.gender(c) === gender) return c;
    for (const c of cands) if (this.compatible(c, gender)) return c;
    return null;
  }

  /** role words said next to a person ("Carla Mendes, head of the national pension fund") */
  private roleWords = new Map<string, Set<string>>();

  addRoleWords(name: string, words: readonly string[]): void {
    const key = this.table.key(name);
    let set = this.roleWords.get(key);
    if (!set) this.roleWords.set(key, (set = new Set()));
    for (const w of words) set.add(w);
  }

  private sharesRole(name: string, descr: readonly string[]): boolean {
    const set = this.roleWords.get(this.table.key(name));
    return set !== undefined && descr.some((w) => set.has(w));
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

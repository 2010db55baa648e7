// Block kinds by general rules (no site- or article-specific strings):
// - credit: reporting credits and bylines ("X reported from Y", "contributed to this report", "By …").
// - caption: photo credits ("NAME / POOL / AFP via Getty Images", "(AP Photo/…)", an agency name
//   alone on a line) and the photo description they belong to.
// - heading: short lines without sentence punctuation that introduce more text; a title-case first line.
// - furniture: known site-furniture words ("Popular", "More from …", "Comments", "Advertisement")
//   and the run of short unpunctuated lines (teaser headlines) at the end of the page.
import type { BlockKind } from '../../types';
import type { RawBlock } from './blocks';

const CREDIT = [
  /^[A-Z][\w'’-]+(?:,? (?:and )?[A-Z][\w'’-]+)* reported (?:from|this story from) [A-Z]/,
  /\bcontributed (?:reporting|to this (?:report|story|article))\b/i,
  /\bcontributed\.?$/,
  /^(?:by|story by|written by|words by)\s+[A-Z][\w.'’-]+(?:\s+[A-Z][\w.'’-]+){0,4}(?:\s*(?:,|and|\||\/|in)\s*.*)?$/i,
  /^\(?(?:additional )?(?:reporting|writing|editing|compiled|edited) by\b/i,
  /^(?:associated press|ap|reuters|afp) (?:writers?|reporters?|correspondents?|staff)\b/i,
  /^this (?:story|article|report) (?:has been|was) (?:updated|corrected)/i,
];

const PHOTO_CREDIT = /(?:\bvia getty images\b|\bgetty images\b|\bap photos?\/|\(ap photo\b|\bphoto(?:graph)?(?: credit)?:\s|\bshutterstock\b|\bimage:\s|[A-Z]{2,}\s*\/\s*(?:POOL|AFP|AP|REUTERS|EPA|GETTY|ANADOLU|SIPA)\b|\/\s*(?:AFP|Reuters|AP|EPA)\s*$)/i;
const AGENCY_ALONE = /^(?:reuters|ap|afp|associated press|the associated press|getty images|epa|afp\/getty images|ap photo)$/i;

const FURNITURE = /^(?:advertisement|advert|sponsored(?: content)?|share(?: this)?(?: (?:article|story|page))?(?: on \w+)?|read more|read next|read the rest(?: here)?\.?|related(?: articles| stories| topics| content| coverage)?|most (?:read|popular|viewed|shared)|popular(?: now| stories)?|trending(?: now)?|spotlight|top stories|latest(?: news| stories)?|recommended(?: for you)?|editor'?s picks|more (?:from|on|in|stories)\b.*|comments?(?: \(\d+\))?|\d+ comments?|leave a comment|join the conversation|sign up\b.*|subscribe\b.*|follow (?:us|@)\b.*|click here\b.*|watch:.*|listen:.*|skip to .*|back to top|copyright\b.*|©.*|all rights reserved\.?|newsletter|tags?:.*|topics?:.*|you may also like|don'?t miss)$/i;

function wordsOf(s: string): string[] {
  return s.split(/\s+/).filter(Boolean);
}

/** Headline style: most longer words capitalised. */
function titleCase(s: string, share: number): boolean {
  const ws = wordsOf(s).filter((w) => /^[A-Za-z]/.test(w) && w.length > 3);
  if (ws.length < 3) return false;
  const caps = ws.filter((w) => w[0]! >= 'A' && w[0]! <= 'Z').length;
  return caps / ws.length >= share;
}

function endsSentence(s: string): boolean {
  return /[.!?;:,]["'\u201d\u2019)]?$/.test(s) || /["\u201d]$/.test(s);
}

function shortLine(s: string, maxWords: number): boolean {
  return s.length <= 160 && wordsOf(s).length <= maxWords;
}

const DATELINE = /^[A-Z][A-Z .,'’-]+(?:,[^—–]{0,40})?(?:\([^)]{1,30}\))?\s*[—–-]/;

function headingLike(s: string, first: boolean): boolean {
  if (!/^[A-Z0-9"'\u201c\u2018]/.test(s) || DATELINE.test(s)) return false;
  if (/[,]["\u201d]/.test(s)) return false; // "…,” he said" is speech, not a heading
  // a first line ending in a period is a headline only when written in title case throughout
  if (first && shortLine(s, 25) && (titleCase(s, /\.$/.test(s) ? 0.9 : 0.75) || !endsSentence(s) || /\?$/.test(s))) return true;
  return shortLine(s, 15) && !endsSentence(s);
}

export function isCredit(s: string): boolean {
  return s.length <= 400 && CREDIT.some((r) => r.test(s));
}
export function isPhotoCredit(s: string): boolean {
  return AGENCY_ALONE.test(s) || (s.length <= 500 && PHOTO_CREDIT.test(s));
}
export function isFurnitureWord(s: string): boolean {
  return FURNITURE.test(s.trim());
}

export function classifyBlocks(text: string, raw: readonly RawBlock[]): BlockKind[] {
  const strs = raw.map((b) => text.slice(b.start, b.end));
  const kinds: BlockKind[] = raw.map((b, i) => {
    if (b.hint) return b.hint;
    const s = strs[i]!;
    if (isFurnitureWord(s)) return 'furniture';
    if (isPhotoCredit(s)) return 'caption';
    if (isCredit(s)) return 'credit';
    return 'paragraph';
  });
  // The photo description before a standalone photo credit line is a caption too.
  for (let i = 1; i < raw.length; i++) {
    const s = strs[i]!;
    if (kinds[i] === 'caption' && raw[i]!.hint === null && (AGENCY_ALONE.test(s) || /^[^.]{0,80}$/.test(s)) && kinds[i - 1] === 'paragraph') {
      const prev = strs[i - 1]!;
      if (prev.length < 600) kinds[i - 1] = 'caption';
    }
  }
  markTail(strs, kinds);
  // Headings: the leading headline lines, and short unpunctuated lines followed by text.
  let firstText = true;
  for (let i = 0; i < raw.length; i++) {
    if (kinds[i] !== 'paragraph' || raw[i]!.hint) continue;
    if (headingLike(strs[i]!, firstText)) kinds[i] = 'heading';
    else firstText = false;
  }
  return kinds;
}

/**
 * Site furniture after the story: walk back from the end over short lines that do not end a
 * sentence (teasers, section names) and furniture words. The run becomes furniture when it
 * holds a furniture word or at least two lines; credits inside it keep their kind.
 */
function markTail(strs: readonly string[], kinds: BlockKind[]): void {
  let i = strs.length - 1;
  let sawWord = false;
  let count = 0;
  for (; i >= 0; i--) {
    const s = strs[i]!;
    const k = kinds[i]!;
    if (k === 'credit' || k === 'caption') continue;
    if (k === 'furniture') {
      sawWord = true;
      count++;
      continue;
    }
    if (shortLine(s, 22) && !endsSentence(s)) {
      count++;
      continue;
    }
    if (shortLine(s, 22) && /\?$/.test(s) && sawWord) {
      count++;
      continue;
    }
    break;
  }
  if (!sawWord && count < 2 && count > 0) {
    // a single trailing unpunctuated line: a heading with nothing under it is furniture
    sawWord = true;
  }
  if (!sawWord && count < 2) return;
  for (let j = i + 1; j < strs.length; j++) if (kinds[j] === 'paragraph') kinds[j] = 'furniture';
}

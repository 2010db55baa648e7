// A small word tokenizer with offsets, used on the few sentences that carry quotes or cues.

export interface Token {
  start: number;
  end: number;
  /** the token as written */
  w: string;
  /** lowercase, possessive ’s removed */
  lower: string;
  /** starts with a capital letter */
  cap: boolean;
  /** punctuation token (one character) */
  punct: boolean;
}

// Inside a word: combining accents (decomposed "José"), and the C1 controls and Latin-1 signs that
// a doubly decoded UTF-8 letter leaves behind ("FranÃÂ§ois"), except guillemets.
const WORD = /[A-Za-z0-9\u00C0-\u024F](?:[A-Za-z0-9\u00C0-\u024F\u0080-\u009F\u00A1-\u00AA\u00AC-\u00BA\u00BC-\u00BF.'\u2019-]|[\u0300-\u036F])*|[^\sA-Za-z0-9\u00C0-\u024F]/g;
const KEEP_DOT = /^(?:(?:[A-Za-z]\.)+[A-Za-z]?|[A-Z]|mr|mrs|ms|dr|sen|rep|gov|gen|lt|col|sgt|capt|rev|hon|st|jr|sr|prof|jan|feb|aug|sept?|oct|nov|dec|inc|corp|co|ltd|no|vs)\.?$/i;

function makeToken(w: string, start: number): Token {
  const c = w.charCodeAt(0);
  const punct = !((c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c >= 0xc0);
  let lower = w.toLowerCase();
  if (lower.endsWith("'s") || lower.endsWith('\u2019s')) lower = lower.slice(0, -2);
  return { start, end: start + w.length, w, lower, cap: c >= 65 && c <= 90, punct };
}

export function tokenize(text: string, from: number, to: number): Token[] {
  const out: Token[] = [];
  const slice = text.slice(from, to);
  WORD.lastIndex = 0;
  for (let m = WORD.exec(slice); m; m = WORD.exec(slice)) {
    let w = m[0];
    const at = from + m.index;
    let tail: string[] = [];
    // split trailing periods, apostrophes and hyphens off unless they belong to an abbreviation
    while (w.length > 1 && /[.'\u2019-]$/.test(w) && !(w.endsWith('.') && KEEP_DOT.test(w))) {
      tail = [w[w.length - 1]!, ...tail];
      w = w.slice(0, -1);
    }
    out.push(makeToken(w, at));
    let pos = at + w.length;
    for (const t of tail) {
      out.push(makeToken(t, pos));
      pos++;
    }
  }
  return out;
}

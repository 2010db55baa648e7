// Checkable values inside a clause, normalised so different renderings compare equal:
// "Feb. 24, 2022" = "February 24, 2022" -> "2022-02-24"; "$5 million" -> "usd:5000000";
// "3.5 percent" -> "pct:3.5"; "45-year-old" -> "age:45"; "four hours" -> "dur:4:hour".
// A leading hedge ("more than", "about") is kept in the norm ("dur:>4:hour") so a later
// comparison can tell "more than four hours" from "five hours" (consistent) and "three hours" (not).
import type { ClaimValue, ClaimValueKind } from '../../types';
import { canon } from './text';

const MONTHS: Readonly<Record<string, number>> = {
  jan: 1, january: 1, feb: 2, february: 2, mar: 3, march: 3, apr: 4, april: 4, may: 5, jun: 6, june: 6,
  jul: 7, july: 7, aug: 8, august: 8, sep: 9, sept: 9, september: 9, oct: 10, october: 10,
  nov: 11, november: 11, dec: 12, december: 12,
};
const NUM_WORDS: Readonly<Record<string, number>> = {
  one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11,
  twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18,
  nineteen: 19, twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80,
  ninety: 90, hundred: 100, dozen: 12, dozens: 24, hundreds: 200, thousands: 2000, a: 1, an: 1,
};
const ORDINALS: Readonly<Record<string, number>> = {
  first: 1, second: 2, third: 3, fourth: 4, fifth: 5, sixth: 6, seventh: 7, eighth: 8, ninth: 9, tenth: 10,
};
const SCALE: Readonly<Record<string, number>> = {
  thousand: 1e3, k: 1e3, million: 1e6, m: 1e6, mln: 1e6, billion: 1e9, bn: 1e9, b: 1e9, trillion: 1e12, tn: 1e12,
};
const CURRENCY: Readonly<Record<string, string>> = {
  $: 'usd', 'us$': 'usd', dollar: 'usd', dollars: 'usd', '€': 'eur', euro: 'eur', euros: 'eur',
  '£': 'gbp', pound: 'gbp', pounds: 'gbp', '¥': 'jpy', yen: 'jpy', yuan: 'cny', rupees: 'inr', rubles: 'rub', roubles: 'rub',
};
const DURATION_UNITS = new Set(['second', 'minute', 'hour', 'day', 'week', 'month', 'year', 'decade']);
const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];

const M = '(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?';
const HEDGE = '(?:(more than|over|at least|nearly|almost|about|around|roughly|some|up to|fewer than|less than|under|approximately|an estimated)\\s+)?';
const NUM = '(\\d+(?:,\\d{3})*(?:\\.\\d+)?|' + Object.keys(NUM_WORDS).filter((w) => w.length > 2).join('|') + ')';
const SCALE_RE = '(?:\\s*(thousand|million|billion|trillion|mln|bn|tn|[kmb])\\b)?';

interface Pattern {
  kind: ClaimValueKind;
  re: RegExp;
  /** cheap test that must pass before the full pattern runs (most clauses hold no money, no ages) */
  quick?: RegExp;
  /** `keep`: length of the match that is the value, when the pattern had to look further */
  norm: (m: RegExpExecArray) => { norm: string; unit: string | null; keep?: number } | null;
}

function num(raw: string | undefined): number | null {
  if (!raw) return null;
  const w = NUM_WORDS[raw.toLowerCase()];
  if (w !== undefined) return w;
  const n = Number(raw.replace(/,/g, ''));
  return Number.isFinite(n) ? n : null;
}

function hedge(raw: string | undefined): string {
  switch ((raw ?? '').toLowerCase()) {
    case 'more than': case 'over': case 'at least': return '>';
    case 'fewer than': case 'less than': case 'under': case 'up to': case 'nearly': case 'almost': return '<';
    case 'about': case 'around': case 'roughly': case 'some': case 'approximately': case 'an estimated': return '~';
    default: return '';
  }
}

const pad = (n: number): string => String(n).padStart(2, '0');

function isoDate(month: string | undefined, day: string | undefined, year: string | undefined): string | null {
  const mo = MONTHS[(month ?? '').toLowerCase().replace('.', '')];
  if (!mo) return null;
  const d = day ? Number(day) : 0;
  if (d > 31) return null;
  const y = year ? year : '----';
  return d ? `${y}-${pad(mo)}-${pad(d)}` : `${y}-${pad(mo)}`;
}

// Order matters: earlier patterns claim their span first (a date's year is not also a count).
const PATTERNS: readonly Pattern[] = [
  { kind: 'date', re: new RegExp(`\\b${M}\\s+(\\d{1,2})(?:st|nd|rd|th)?(?:,?\\s+(\\d{4}))?\\b`, 'gi'), norm: (m) => wrap(isoDate(m[1], m[2], m[3])) },
  { kind: 'date', re: new RegExp(`\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?${M}(?:,?\\s+(\\d{4}))?\\b`, 'gi'), norm: (m) => wrap(isoDate(m[2], m[1], m[3])) },
  { kind: 'date', re: /\b(\d{4})-(\d{2})-(\d{2})\b/g, norm: (m) => ({ norm: `${m[1]}-${m[2]}-${m[3]}`, unit: null }) },
  { kind: 'date', re: new RegExp(`\\b${M}\\s+(\\d{4})\\b`, 'gi'), norm: (m) => wrap(isoDate(m[1], undefined, m[2])) },
  { kind: 'weekday', re: /\b(sun|mon|tues|wednes|thurs|fri|satur)day\b/gi, norm: (m) => ({ norm: `${(m[1] ?? '').toLowerCase()}day`, unit: null }) },
  {
    kind: 'money',
    quick: /[$€£¥]/,
    re: new RegExp(`${HEDGE}(US\\$|\\$|€|£|¥)\\s?(\\d+(?:,\\d{3})*(?:\\.\\d+)?)${SCALE_RE}`, 'gi'),
    norm: (m) => money(m[1], m[2], m[3], m[4]),
  },
  {
    kind: 'money',
    quick: /dollars|euros|pounds|yen|yuan|rupees|rubles|roubles/i,
    re: new RegExp(`${HEDGE}${NUM}${SCALE_RE}\\s+(dollars|euros|pounds|yen|yuan|rupees|rubles|roubles)\\b`, 'gi'),
    norm: (m) => money(m[1], m[4], m[2], m[3]),
  },
  {
    kind: 'percent',
    quick: /%|per ?cent|pct/i,
    re: new RegExp(`${HEDGE}(\\d+(?:\\.\\d+)?|${Object.keys(NUM_WORDS).filter((w) => w.length > 2).join('|')})\\s?(?:%|per ?cent\\b|pct\\b)`, 'gi'),
    norm: (m) => ({ norm: `pct:${hedge(m[1])}${num(m[2]) ?? m[2]}`, unit: '%' }),
  },
  {
    kind: 'age',
    quick: /year-old|\bage|, \d/i,
    re: /\b(?:(\d{1,3})-year-old|aged? (\d{1,3})\b|, (\d{1,3}),(?= (?:who|was|is|had|has|said|died)))/gi,
    norm: (m) => ({ norm: `age:${m[1] ?? m[2] ?? m[3]}`, unit: 'years' }),
  },
  {
    kind: 'duration',
    quick: /second|minute|hour|day|week|month|year|decade/i,
    re: new RegExp(`${HEDGE}${NUM}[- ](second|minute|hour|day|week|month|year|decade)s?\\b`, 'gi'),
    norm: (m) => {
      const n = num(m[2]);
      return n === null ? null : { norm: `dur:${hedge(m[1])}${n}:${(m[3] ?? '').toLowerCase()}`, unit: (m[3] ?? '').toLowerCase() };
    },
  },
  {
    kind: 'ordinal',
    re: /\b(first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d+(?:st|nd|rd|th))\b/gi,
    norm: (m) => {
      const w = (m[1] ?? '').toLowerCase();
      const n = ORDINALS[w] ?? Number.parseInt(w, 10);
      return Number.isFinite(n) ? { norm: `ord:${n}`, unit: null } : null;
    },
  },
  {
    kind: 'number',
    // the counted noun may follow a modifier: "three cargo ships" counts ships
    re: new RegExp(`${HEDGE}\\b${NUM}${SCALE_RE}(?:\\s+([a-z][a-z-]+))?(?:\\s+([a-z][a-z-]+s)\\b)?`, 'gi'),
    norm: (m) => {
      const modifier = m[5] !== undefined && !/s$/i.test(m[4] ?? '') && !NOT_UNIT.has((m[4] ?? '').toLowerCase());
      const v = count(m[1], m[2], m[3], modifier ? m[5] : m[4]);
      // without a modifier the trailing word is not part of the value: drop it from the span
      return v && m[5] !== undefined && !modifier ? { ...v, keep: m[0].lastIndexOf(m[5]) } : v;
    },
  },
];

function wrap(iso: string | null): { norm: string; unit: string | null } | null {
  return iso ? { norm: iso, unit: null } : null;
}

function money(h: string | undefined, cur: string | undefined, amount: string | undefined, scale: string | undefined): { norm: string; unit: string } | null {
  const n = num(amount);
  if (n === null) return null;
  const unit = CURRENCY[(cur ?? '').toLowerCase()] ?? 'money';
  const s = SCALE[(scale ?? '').toLowerCase()] ?? 1;
  return { norm: `${unit}:${hedge(h)}${Math.round(n * s)}`, unit };
}

/** Nouns after a number that are not the counted thing ("3 of", "2 in"). */
const NOT_UNIT = new Set(['of', 'in', 'on', 'at', 'to', 'and', 'or', 'the', 'a', 'an', 'by', 'for', 'from', 'with', 'was', 'were', 'is', 'are', 'who', 'that', 'said', 'percent', 'per']);

function count(h: string | undefined, raw: string | undefined, scale: string | undefined, noun: string | undefined): { norm: string; unit: string | null } | null {
  const n = num(raw);
  if (n === null) return null;
  const bare = /^(a|an)$/i.test(raw ?? '');
  const w = (noun ?? '').toLowerCase();
  const unit = w && !NOT_UNIT.has(w) ? canon(w) : null;
  // "a"/"an" only count when a scale follows ("a million people"); otherwise they are articles.
  if (bare && !scale) return null;
  // Bare years ("in 2022") are dates, not counts.
  if (!unit && !scale && /^(1[89]|20)\d\d$/.test(raw ?? '')) return { norm: `${raw}`, unit: 'year' };
  const s = SCALE[(scale ?? '').toLowerCase()] ?? 1;
  return { norm: `count:${hedge(h)}${Math.round(n * s * 1000) / 1000}:${unit ?? ''}`, unit };
}

/** Every value in text[start, end), non-overlapping, in text order. */
export function extractValues(text: string, start: number, end: number): ClaimValue[] {
  const slice = text.slice(start, end);
  const taken: Array<[number, number]> = [];
  const out: ClaimValue[] = [];
  for (const p of PATTERNS) {
    if (p.quick && !p.quick.test(slice)) continue;
    p.re.lastIndex = 0;
    for (let m = p.re.exec(slice); m; m = p.re.exec(slice)) {
      if (m[0].length === 0) {
        p.re.lastIndex++;
        continue;
      }
      const v = p.norm(m);
      if (!v) continue;
      const s = m.index;
      const e = s + m[0].slice(0, v.keep ?? m[0].length).trimEnd().length;
      if (taken.some(([a, b]) => s < b && e > a)) continue;
      // a year alone is a date, not a count
      const kind: ClaimValueKind = v.unit === 'year' && p.kind === 'number' ? 'date' : p.kind;
      taken.push([s, e]);
      out.push({ kind, norm: v.norm, unit: v.unit, start: start + s, end: start + e, text: slice.slice(s, e) });
    }
  }
  return out.sort((a, b) => a.start - b.start);
}

export { DURATION_UNITS, WEEKDAYS };

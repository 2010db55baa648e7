// Article metadata from the text itself: a leading "date YYYY-MM-DD" line, datelines
// ("LIMA, Peru — (AP) —", "WASHINGTON, Feb. 18, 2025 (Reuters) -"), agency credits
// ("Reuters" alone on a line, "Associated Press writers … contributed"), and correspondent
// bylines ("Al Jazeera’s Jane Doe, reporting from …").

/** A leading metadata prefix: " date 2025-02-18 " possibly followed by text on the same line. */
const LEADING_DATE = /^\s*(?:date|published|posted|updated)\s*:?\s+(\d{4}-\d{2}-\d{2})(?:[T ][\d:.+Z-]*)?[ \t]*/i;

export interface LeadingMeta {
  start: number;
  end: number;
  /** where the text after the prefix begins */
  rest: number;
  date: string;
}

export function leadingMeta(text: string): LeadingMeta | null {
  const m = LEADING_DATE.exec(text);
  if (!m || !validDate(m[1]!)) return null;
  const start = m[0].length - m[0].trimStart().length;
  let rest = m[0].length;
  while (rest < text.length && /\s/.test(text[rest]!)) rest++;
  let end = start + m[0].trim().length;
  if (end < start) end = start;
  return { start, end, rest, date: m[1]! };
}

function validDate(iso: string): boolean {
  const [y, mo, d] = iso.split('-').map(Number);
  return y !== undefined && mo !== undefined && d !== undefined && y > 1800 && y < 2200 && mo >= 1 && mo <= 12 && d >= 1 && d <= 31;
}

const MONTHS: Record<string, number> = {
  jan: 1, january: 1, feb: 2, february: 2, mar: 3, march: 3, apr: 4, april: 4, may: 5, jun: 6, june: 6,
  jul: 7, july: 7, aug: 8, august: 8, sep: 9, sept: 9, september: 9, oct: 10, october: 10, nov: 11, november: 11,
  dec: 12, december: 12,
};

const DATELINE_HEAD = /^([A-Z][A-Za-z0-9 .,'’-]{1,60}?)\s*[—–-]{1,2}\s/;
const DATELINE_DATE = /\b(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)[a-z]*\.?\s+(\d{1,2}),?\s+(\d{4})\b/;
const DATELINE_CREDIT = /^[^\n]{0,80}?\(([A-Z][A-Za-z.&]*(?: [A-Z][A-Za-z.&]*){0,3})\)\s*[—–-]/;

export interface Dateline {
  outlet: string | null;
  published: string | null;
}

/** Reads the dateline at the start of the first paragraph. */
export function dateline(first: string): Dateline {
  const head = first.slice(0, 140);
  const credit = DATELINE_CREDIT.exec(head);
  let published: string | null = null;
  const dl = DATELINE_HEAD.exec(head) ?? credit;
  if (dl) {
    const d = DATELINE_DATE.exec(dl[0]);
    if (d) {
      const mo = MONTHS[d[1]!.toLowerCase()];
      if (mo) published = `${d[3]}-${String(mo).padStart(2, '0')}-${d[2]!.padStart(2, '0')}`;
    }
  }
  return { outlet: credit ? normaliseOutlet(credit[1]!) : null, published };
}

const AGENCY_LINE = /^(?:the )?(reuters|associated press|ap|afp|agence france-presse|bloomberg|upi)$/i;
const AGENCY_CREDIT = /^(?:(?:additional )?reporting by .*|(the )?(associated press|ap|reuters|afp) (?:writers?|reporters?|correspondents?|staff)\b.*)/i;
const CORRESPONDENT = /(?:^|[.!?]\s+|\s)((?:[A-Z][A-Za-z&]+)(?:\s[A-Z][A-Za-z&]+){0,3})['’]s\s+(?:(?:senior |chief |political |diplomatic |white house )?(?:correspondent|reporter|editor)\s+)?[A-Z][a-z]+(?:\s[A-Z][a-z'’-]+){1,2},\s+reporting from\b/;

export function normaliseOutlet(name: string): string {
  const n = name.trim();
  const bare = n.replace(/^the\s+/i, '');
  if (/^(?:associated press|ap)$/i.test(bare)) return 'AP';
  if (/^(?:afp|agence france-presse)$/i.test(bare)) return 'AFP';
  if (/^reuters$/i.test(bare)) return 'Reuters';
  return n;
}

/** Outlet from credit lines and correspondent bylines anywhere in the block texts. */
export function outletFromBlocks(blocks: readonly string[]): string | null {
  for (const s of blocks) {
    const t = s.trim();
    const a = AGENCY_LINE.exec(t);
    if (a) return normaliseOutlet(a[1]!);
    const c = AGENCY_CREDIT.exec(t);
    if (c?.[2]) return normaliseOutlet(c[2]);
    if (/contributed to this report/i.test(t)) {
      const w = /\b(Associated Press|Reuters|AFP)\b/.exec(t);
      if (w) return normaliseOutlet(w[1]!);
    }
  }
  for (const s of blocks) {
    const m = CORRESPONDENT.exec(s);
    if (m) return m[1]!;
  }
  return null;
}

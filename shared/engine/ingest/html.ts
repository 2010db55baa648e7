// Saved HTML page -> readable article text, with a real parser (htmlparser2).
// The returned `text` is what the rest of the engine indexes: block elements become
// paragraphs separated by a blank line, so every offset points into this text, not into
// the markup. Scripts, styles, navigation, share bars and comment sections are dropped;
// when the page has an <article> element only its content is kept.
import { Parser } from 'htmlparser2';
import type { BlockKind } from '../../types';

export interface HtmlBlockHint {
  start: number;
  end: number;
  kind: BlockKind;
}

export interface HtmlExtract {
  text: string;
  hints: HtmlBlockHint[];
  title: string | null;
  siteName: string | null;
  published: string | null;
}

const SKIP_TAGS = new Set(['script', 'style', 'noscript', 'nav', 'form', 'button', 'svg', 'iframe', 'template', 'select', 'canvas', 'video', 'audio', 'object']);
const BLOCK_TAGS = new Set(['p', 'div', 'section', 'article', 'li', 'ul', 'ol', 'blockquote', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'figcaption', 'figure', 'header', 'footer', 'aside', 'tr', 'table', 'dd', 'dt', 'pre', 'main', 'br', 'hr']);
const VOID_TAGS = new Set(['br', 'hr', 'img', 'meta', 'link', 'input', 'area', 'base', 'col', 'embed', 'source', 'track', 'wbr']);
/** class/id words of page chrome that is not the story */
const CHROME = /(^|[\s_-])(share|sharing|social|comments?|related|newsletter|promo|advert|ads?|sponsor|nav|navbar|menu|breadcrumbs?|cookie|subscribe|signup|popular|trending|recommended|outbrain|taboola|sidebar|footer|masthead)([\s_-]|$)/i;

interface Frame {
  tag: string;
  skip: boolean;
  kind: BlockKind;
}

interface Collected {
  kind: BlockKind;
  text: string;
}

function kindOf(tag: string, parent: BlockKind): BlockKind {
  if (/^h[1-6]$/.test(tag)) return 'heading';
  if (tag === 'figcaption') return 'caption';
  if (tag === 'footer' || tag === 'aside') return 'furniture';
  return parent;
}

function collect(html: string, onlyArticle: boolean): { blocks: Collected[]; meta: Map<string, string>; title: string } {
  const blocks: Collected[] = [];
  const meta = new Map<string, string>();
  const stack: Frame[] = [];
  let buf = '';
  let bufKind: BlockKind = 'paragraph';
  let title = '';
  let inTitle = false;
  let articleDepth = 0;
  const flush = (): void => {
    const t = buf
      .split('\n')
      .map((l) => l.trim())
      .filter(Boolean)
      .join('\n');
    if (t) blocks.push({ kind: bufKind, text: t });
    buf = '';
  };
  const skipping = (): boolean => stack.length > 0 && stack[stack.length - 1]!.skip;
  const parser = new Parser(
    {
      onopentag(name, attribs) {
        if (name === 'meta') {
          const key = (attribs.property ?? attribs.name ?? attribs.itemprop ?? '').toLowerCase();
          if (key && attribs.content) meta.set(key, attribs.content);
          return;
        }
        if (name === 'title') inTitle = true;
        if (name === 'article') articleDepth++;
        if (VOID_TAGS.has(name)) {
          if (name === 'br' && !skipping()) buf += '\n';
          return;
        }
        const parent = stack[stack.length - 1];
        const chrome = CHROME.test(`${attribs.class ?? ''} ${attribs.id ?? ''} ${attribs.role === 'navigation' ? 'nav' : ''}`);
        const skip = (parent?.skip ?? false) || SKIP_TAGS.has(name) || chrome;
        const kind = kindOf(name, parent?.kind ?? 'paragraph');
        if (BLOCK_TAGS.has(name)) flush();
        stack.push({ tag: name, skip, kind });
        if (BLOCK_TAGS.has(name)) bufKind = kind;
      },
      ontext(data) {
        if (inTitle) title += data;
        if (skipping() || inTitle) return;
        if (onlyArticle && articleDepth === 0) return;
        if (stack.some((f) => f.tag === 'head')) return;
        buf += data.replace(/\s+/g, ' ');
      },
      onclosetag(name) {
        if (name === 'title') inTitle = false;
        if (VOID_TAGS.has(name) || name === 'meta') return;
        if (BLOCK_TAGS.has(name)) flush();
        // pop to the matching frame (tolerates unclosed children)
        for (let i = stack.length - 1; i >= 0; i--) {
          if (stack[i]!.tag === name) {
            stack.length = i;
            break;
          }
        }
        if (name === 'article') articleDepth = Math.max(0, articleDepth - 1);
        const top = stack[stack.length - 1];
        bufKind = top?.kind ?? 'paragraph';
      },
    },
    { decodeEntities: true, lowerCaseTags: true },
  );
  parser.write(html);
  parser.end();
  flush();
  return { blocks, meta, title: title.replace(/\s+/g, ' ').trim() };
}

function isoDate(value: string | undefined): string | null {
  const m = value ? /(\d{4})-(\d{2})-(\d{2})/.exec(value) : null;
  return m ? `${m[1]}-${m[2]}-${m[3]}` : null;
}

export function extractHtml(html: string): HtmlExtract {
  let res = collect(html, /<article[\s>]/i.test(html));
  if (res.blocks.length === 0) res = collect(html, false);
  const parts: string[] = [];
  const hints: HtmlBlockHint[] = [];
  let pos = 0;
  for (const b of res.blocks) {
    // <br> inside a block becomes its own line; keep lines as separate blocks
    for (const line of b.text.split('\n')) {
      const t = line.trim();
      if (!t) continue;
      if (parts.length) pos += 2;
      hints.push({ start: pos, end: pos + t.length, kind: b.kind });
      parts.push(t);
      pos += t.length;
    }
  }
  const m = res.meta;
  const title = m.get('og:title') ?? m.get('twitter:title') ?? (res.title || null);
  const siteName = m.get('og:site_name') ?? m.get('application-name') ?? m.get('publisher') ?? null;
  const published = isoDate(m.get('article:published_time') ?? m.get('datepublished') ?? m.get('date') ?? m.get('pubdate') ?? m.get('dc.date'));
  return { text: parts.join('\n\n'), hints, title, siteName, published };
}

import { describe, expect, it } from 'vitest';
import { hashText, parseArticle } from '../../../shared/engine/ingest';
import type { BlockKind, ParsedArticle } from '../../../shared/types';

function parse(text: string, file = 'a.txt', extra: Partial<{ outletOverride: string | null; publishedOverride: string | null }> = {}): ParsedArticle {
  return parseArticle({ id: 'a', file, text, ...extra });
}
function kinds(a: ParsedArticle): Array<[BlockKind, string]> {
  return a.blocks.map((b) => [b.kind, a.text.slice(b.start, b.end)]);
}
function sentences(a: ParsedArticle): string[] {
  return a.sentences.map((s) => a.text.slice(s.start, s.end));
}

describe('parseArticle: metadata', () => {
  it('reads a leading date prefix followed by text on the same line', () => {
    const a = parse(' date 2024-03-05 LONDON — The council met on Monday.\n\nIt voted twice.');
    expect(a.published).toBe('2024-03-05');
    expect(kinds(a)[0]).toEqual(['meta', 'date 2024-03-05']);
    expect(kinds(a)[1]).toEqual(['paragraph', 'LONDON — The council met on Monday.']);
    expect(a.hash).toBe(hashText(a.text));
    expect(a.text).toBe(' date 2024-03-05 LONDON — The council met on Monday.\n\nIt voted twice.');
  });

  it('takes the outlet from a dateline credit and lets overrides win', () => {
    const text = 'PARIS (AP) — Officials met on Tuesday.\n\nThey talked.';
    expect(parse(text).outlet).toBe('AP');
    expect(parse(text, 'a.txt', { outletOverride: 'Le Monde', publishedOverride: '2020-01-02' })).toMatchObject({ outlet: 'Le Monde', published: '2020-01-02' });
    expect(parse('KYIV, Ukraine — Officials met.\n\nThey talked.').outlet).toBeNull();
  });

  it('reads dateline dates and correspondent bylines', () => {
    const a = parse('WASHINGTON, March 3, 2021 — Lawmakers voted.\n\nThe Daily Planet’s Lois Lane, reporting from Metropolis, said the vote was close.');
    expect(a.published).toBe('2021-03-03');
    expect(a.outlet).toBe('The Daily Planet');
  });

  it('takes the title from a headline line', () => {
    const a = parse('Council Votes To Close Old Bridge\n\nThe city council voted on Monday to close the bridge. It is old.');
    expect(a.title).toBe('Council Votes To Close Old Bridge');
    expect(a.blocks[0]!.kind).toBe('heading');
  });
});

describe('parseArticle: block kinds', () => {
  it('marks photo captions, credits and furniture after the story', () => {
    const text = [
      'The mayor spoke to reporters at city hall on Friday about the new budget plan.',
      'The mayor speaks at city hall on March 1, 2024. JANE DOE / POOL / AFP via Getty Images',
      'She said the plan would pass. Smith reported from Boston.',
      'Smith reported from Boston. Associated Press writer Bo Li contributed to this report.',
      'Most Read',
      'Mayor unveils budget in surprise move',
      'Another teaser headline about the city',
      'Comments',
    ].join('\n\n');
    const k = kinds(parse(text)).map(([kind]) => kind);
    expect(k).toEqual(['paragraph', 'caption', 'paragraph', 'credit', 'furniture', 'furniture', 'furniture', 'furniture']);
    expect(parse(text).outlet).toBe('AP');
  });

  it('keeps short section headings between paragraphs as headings', () => {
    const text = 'First paragraph of the story ends here.\n\nThe road ahead\n\nSecond paragraph goes on and ends.';
    expect(kinds(parse(text)).map(([k]) => k)).toEqual(['paragraph', 'heading', 'paragraph']);
  });

  it('treats a caption followed by a lone agency credit as a caption', () => {
    const text = 'Officials meet in the capital, on May 2, 2024.\nReuters\nThe talks began on Tuesday, officials said.\nThey lasted hours.';
    const a = parse(text);
    expect(kinds(a).map(([k]) => k)).toEqual(['caption', 'caption', 'paragraph', 'paragraph']);
    expect(a.outlet).toBe('Reuters');
  });

  it('joins hard-wrapped lines into one paragraph', () => {
    const text = 'The committee met on Monday to discuss the new proposals for\nthe harbour and agreed to meet again after the summer break\nwhen the new members arrive.\n\nNext paragraph.';
    expect(parse(text).blocks.filter((b) => b.kind === 'paragraph')).toHaveLength(2);
  });
});

describe('parseArticle: sentences', () => {
  it('survives abbreviations, decimals and initials', () => {
    const a = parse('Mr. Smith met U.S. officials on Feb. 18 in Washington. Growth was 2.5 percent, said John F. Kennedy Jr. of the bank. The talks ended in the U.S. The delegates left.');
    expect(sentences(a)).toEqual([
      'Mr. Smith met U.S. officials on Feb. 18 in Washington.',
      'Growth was 2.5 percent, said John F. Kennedy Jr. of the bank.',
      'The talks ended in the U.S.',
      'The delegates left.',
    ]);
  });

  it('keeps a quoted passage with inner sentence ends together with its attribution', () => {
    const a = parse('“We met. We talked for hours,” the envoy said. Then he left.');
    expect(sentences(a)).toEqual(['“We met. We talked for hours,” the envoy said.', 'Then he left.']);
  });

  it('splits before an opening quote after a one-letter word', () => {
    const a = parse('She wrote on X. “We will win,” she added.');
    expect(sentences(a)).toEqual(['She wrote on X.', '“We will win,” she added.']);
  });
});

describe('parseArticle: formats', () => {
  it('extracts readable text from HTML and drops scripts, navigation and comments', () => {
    const html = `<!doctype html><html><head><title>Page title</title>
      <meta property="og:title" content="Bridge to close">
      <meta property="og:site_name" content="The Harbour Times">
      <meta property="article:published_time" content="2023-06-01T10:00:00Z"></head>
      <body><nav><a href="/">Home</a> <a href="/world">World</a></nav>
      <article><h1>Bridge to close</h1><p>The council voted on Monday to close the bridge.</p>
      <figure><img src="x.jpg"><figcaption>The old bridge. Photo: J. Doe</figcaption></figure>
      <p>“It is unsafe,” the mayor said.</p><script>var x = "not text";</script>
      <div class="share-bar">Share on Facebook</div></article>
      <section class="comments">Great article!</section></body></html>`;
    const a = parse(html, 'page.html');
    expect(a.format).toBe('html');
    expect(a.title).toBe('Bridge to close');
    expect(a.outlet).toBe('The Harbour Times');
    expect(a.published).toBe('2023-06-01');
    expect(a.text).not.toMatch(/not text|Share on|Great article|Home/);
    expect(kinds(a)).toEqual([
      ['heading', 'Bridge to close'],
      ['paragraph', 'The council voted on Monday to close the bridge.'],
      ['caption', 'The old bridge. Photo: J. Doe'],
      ['paragraph', '“It is unsafe,” the mayor said.'],
    ]);
  });

  it('reads Markdown headings without the marker and keeps the text as given', () => {
    const md = '# Bridge closes\n\nThe council voted to close the bridge.\n\n## Reaction\n\n> Residents were upset.';
    const a = parse(md, 'story.md');
    expect(a.format).toBe('markdown');
    expect(a.text).toBe(md);
    expect(kinds(a)).toEqual([
      ['heading', 'Bridge closes'],
      ['paragraph', 'The council voted to close the bridge.'],
      ['heading', 'Reaction'],
      ['paragraph', 'Residents were upset.'],
    ]);
  });
});

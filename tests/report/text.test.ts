// The escapers and helpers every renderer relies on.
import { describe, expect, it } from 'vitest';
import { csvText, escapeHtml, escapeMd, jsonForHtml, shortenAtWord, slugify } from '../../shared/report/text';

describe('report text helpers', () => {
  it('escapes HTML specials including both quotes', () => {
    expect(escapeHtml(`<a href="x" title='y'>&</a>`)).toBe('&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;&lt;/a&gt;');
  });

  it('escapes Markdown markup, pipes, HTML and line-start blocks', () => {
    expect(escapeMd('a | b *c* _d_ <b> [x](y) `z` &amp;')).toBe('a \\| b \\*c\\* \\_d\\_ \\<b\\> \\[x\\](y) \\`z\\` \\&amp;');
    expect(escapeMd('# Heading')).toBe('\\# Heading');
    expect(escapeMd('- item')).toBe('\\- item');
    expect(escapeMd('12. June')).toBe('12\\. June');
    expect(escapeMd('line one\nline two')).toBe('line one line two');
  });

  it('quotes CSV fields per RFC 4180 and guards formula starts', () => {
    expect(csvText('plain')).toBe('plain');
    expect(csvText('a,b')).toBe('"a,b"');
    expect(csvText('say "hi"')).toBe('"say ""hi"""');
    expect(csvText('two\nlines')).toBe('"two\nlines"');
    for (const s of ['=1+1', '+1', '-1', '@SUM(A1)']) expect(csvText(s)).toBe(`'${s}`);
    expect(csvText('=HYPERLINK("x")')).toBe(`"'=HYPERLINK(""x"")"`);
  });

  it('embeds JSON in HTML without anything that could close the script', () => {
    const s = jsonForHtml({ t: '</script><!-- & \u2028' });
    expect(s).not.toMatch(/[<>&\u2028]/);
    expect(JSON.parse(s)).toEqual({ t: '</script><!-- & \u2028' });
  });

  it('shortens at a word boundary, strictly under the limit', () => {
    expect(shortenAtWord('short claim', 75)).toBe('short claim');
    const s = shortenAtWord('word '.repeat(40), 75);
    expect(s.length).toBeLessThan(75);
    expect(s).toMatch(/^(word )*word…$/);
    const oneWord = shortenAtWord('x'.repeat(200), 75);
    expect(oneWord.length).toBeLessThan(75);
    // a surrogate pair is never split
    const emoji = shortenAtWord('😀'.repeat(60), 75);
    expect(emoji.length).toBeLessThan(75);
    expect(() => encodeURIComponent(emoji)).not.toThrow();
  });

  it('makes file-name slugs, transliterating and falling back', () => {
    expect(slugify('Dunmore Flood — March', 'p')).toBe('dunmore-flood-march');
    expect(slugify('Élection à Zürich', 'p')).toBe('election-a-zurich');
    expect(slugify('***', 'project-3')).toBe('project-3');
  });
});

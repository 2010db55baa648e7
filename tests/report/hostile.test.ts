// Article text is escaped in every format: hostile titles, names, sentences,
// quotes and notes must not inject markup, scripts, formulas or table cells.
import { Parser } from 'htmlparser2';
import { describe, expect, it } from 'vitest';
import { renderReport } from '../../shared/report';
import { HOSTILE, hostileInput } from './hostile';
import { parseCsv } from './csv-parse';

const FLAT = HOSTILE.replace(/\s+/g, ' ');

interface HtmlScan {
  tags: Set<string>;
  eventAttrs: string[];
  scripts: Array<{ type: string | undefined; text: string }>;
  h1: string;
}

function scanHtml(html: string): HtmlScan {
  const scan: HtmlScan = { tags: new Set(), eventAttrs: [], scripts: [], h1: '' };
  let inScript: { type: string | undefined; text: string } | null = null;
  let inH1 = false;
  const parser = new Parser(
    {
      onopentag(name, attrs) {
        scan.tags.add(name);
        for (const a of Object.keys(attrs)) if (a.startsWith('on')) scan.eventAttrs.push(`${name}.${a}`);
        if (name === 'script') inScript = { type: attrs.type, text: '' };
        if (name === 'h1') inH1 = true;
      },
      ontext(text) {
        if (inScript) inScript.text += text;
        if (inH1) scan.h1 += text;
      },
      onclosetag(name) {
        if (name === 'script' && inScript) {
          scan.scripts.push(inScript);
          inScript = null;
        }
        if (name === 'h1') inH1 = false;
      },
    },
    { decodeEntities: true },
  );
  parser.write(html);
  parser.end();
  return scan;
}

describe('hostile article text', () => {
  const input = hostileInput();

  it('HTML: no injected elements or handlers; text survives as text', () => {
    const html = renderReport(input, 'html').content;
    expect(html).not.toContain('<script>alert');
    expect(html).not.toContain('<img');
    const scan = scanHtml(html);
    expect(scan.tags.has('img')).toBe(false);
    expect(scan.eventAttrs).toEqual([]);
    // The only script is the inert JSON-LD data block, and it parses to the ClaimReview export.
    expect(scan.scripts.map((s) => s.type)).toEqual(['application/ld+json']);
    const embedded: unknown = JSON.parse(scan.scripts[0]?.text ?? 'null');
    expect(embedded).toEqual(JSON.parse(renderReport(input, 'claimreview').content));
    expect(scan.scripts[0]?.text).not.toContain('<');
    expect(scan.h1.startsWith(`Verification report: ${FLAT}`)).toBe(true);
  });

  it('Markdown: no raw HTML, links or emphasis from articles; tables keep their columns', () => {
    const md = renderReport(input, 'md').content;
    expect(md).not.toMatch(/(^|[^\\])</m);
    expect(md).not.toMatch(/(^|[^\\])\[/m);
    expect(md).toContain('\\*\\*bold\\*\\*');
    const lines = md.split('\n');
    expect(lines.some((l) => l.startsWith('next line'))).toBe(false);
    // Every row of a table has as many unescaped pipes as its header.
    let expected = -1;
    let tables = 0;
    for (const line of lines) {
      if (!line.startsWith('|')) {
        expected = -1;
        continue;
      }
      const pipes = (line.match(/(^|[^\\])\|/g) ?? []).length;
      if (expected < 0) {
        expected = pipes;
        tables += 1;
      }
      expect(pipes, line).toBe(expected);
    }
    expect(tables).toBeGreaterThanOrEqual(5);
  });

  it('CSV: one record per cluster with every column, formulas neutralised, quotes round-trip', () => {
    const csv = renderReport(input, 'csv').content;
    expect(csv.startsWith('\uFEFF')).toBe(true);
    const rows = parseCsv(csv.slice(1));
    const header = rows[0] ?? [];
    expect(rows.length).toBe(input.clusters.length + 1);
    for (const r of rows) expect(r.length).toBe(header.length);
    for (const r of rows.slice(1)) {
      for (const cell of r) expect(cell).not.toMatch(/^[=+\-@\t\r]/);
    }
    const claim = header.indexOf('claim');
    expect(rows[1]?.[claim]).toBe(`'${FLAT} ${'about 800 residents were evacuated overnight'}`);
    const note = header.indexOf('note');
    expect(rows[1]?.[note]?.startsWith(`'${HOSTILE}`)).toBe(true);
  });

  it('JSON: parses, and article text comes back exactly', () => {
    const json = JSON.parse(renderReport(input, 'json').content) as { project: { name: string }; clusters: Array<{ note: string | null }> };
    expect(json.project.name).toBe(input.project.name);
    expect(json.clusters.map((c) => c.note)).toContain(input.clusters.find((c) => c.row.id === 9)?.row.note);
  });

  it('ClaimReview: parses, and claimReviewed stays under 75 characters', () => {
    const reviews = JSON.parse(renderReport(input, 'claimreview').content) as Array<{ claimReviewed: string; author: { name: string } }>;
    expect(reviews.length).toBeGreaterThan(0);
    for (const r of reviews) {
      expect(r.claimReviewed.length).toBeLessThan(75);
      expect(r.claimReviewed).not.toContain('\n');
      expect(r.author.name).toBe(input.organisation.name.replace(/\s+/g, ' ').trim());
    }
  });
});

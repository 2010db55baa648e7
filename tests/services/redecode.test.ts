// The original bytes are kept beside the decoded text: an article decoded wrongly is
// decoded again with another encoding (one action), and reviewer work on the spans that
// did not change goes along.
import { describe, expect, it } from 'vitest';
import { b64, makeApp, refOf } from '../helpers/services';
import { useTempDir } from '../helpers/temp';

const tempDir = useTempDir();

// A Windows-1252 file whose curly quotes come late: the first paragraph is plain ASCII.
const TEXT = 'Ferry resumes\n\nThe ferry to Skellig Rock resumed on Tuesday, the operator said.\n\nThe captain said \u201cwe are back\u201d and that 40 passengers came aboard.\n';
const cp1252 = (s: string): Uint8Array => new Uint8Array([...s].map((c) => (c === '\u201c' ? 0x93 : c === '\u201d' ? 0x94 : c.charCodeAt(0))));

describe('re-decoding an article', () => {
  it('keeps the original bytes, decodes them again as another encoding and back, and keeps decisions on unchanged spans', async () => {
    const app = makeApp(tempDir());
    const { api } = app;
    const p = await api['projects.create']({ name: 'Ferry' });
    const bytes = cp1252(TEXT);
    const job = await app.settle((await api['articles.import']({ projectId: p.id, files: [{ name: 'ferry.txt', dataBase64: b64(bytes) }] })).jobId);
    expect(job.state).toBe('done');
    const [article] = await api['articles.list']({ projectId: p.id });
    expect(article).toMatchObject({ encoding: 'windows-1252', notes: [{ kind: 'guessed', encoding: 'windows-1252', why: 'not-utf-8' }] });
    expect((await api['articles.get']({ articleId: article!.id })).text).toContain('\u201cwe are back\u201d');
    const stored = app.store.db.prepare('SELECT original FROM articles WHERE id = ?').get(article!.id) as { original: Buffer };
    expect(new Uint8Array(stored.original)).toEqual(bytes);

    // a decision on the first paragraph's claim (its words do not change)
    const row = (await api['clusters.list']({ projectId: p.id, limit: 100 })).items.find((c) => c.label.startsWith('The ferry'))!;
    await api['clusters.decide']({ cluster: refOf(row), verdict: 'single-sourced' });

    // decode the same bytes as UTF-8: the curly quotes become U+FFFD, with a note
    expect((await app.settle((await api['articles.redecode']({ articleId: article!.id, encoding: 'utf-8' })).jobId)).state).toBe('done');
    const asUtf8 = await api['articles.get']({ articleId: article!.id });
    expect(asUtf8.encoding).toBe('utf-8');
    expect(asUtf8.text).toContain('\uFFFDwe are back\uFFFD');
    expect(asUtf8.notes).toEqual([{ kind: 'invalid-bytes', encoding: 'utf-8', offset: TEXT.indexOf('\u201c'), count: 2 }]);
    expect(asUtf8.hash).not.toBe(article!.hash);
    const again = (await api['clusters.list']({ projectId: p.id, limit: 100 })).items.find((c) => c.label.startsWith('The ferry'))!;
    expect(again.reviewed).toBe('single-sourced');

    // and back: the text is what it was
    await app.settle((await api['articles.redecode']({ articleId: article!.id, encoding: 'windows-1252' })).jobId);
    const back = await api['articles.get']({ articleId: article!.id });
    expect(back.text).toBe(TEXT);
    expect(back.hash).toBe(article!.hash);
    expect((await api['clusters.list']({ projectId: p.id, limit: 100 })).items.find((c) => c.label.startsWith('The ferry'))!.reviewed).toBe('single-sourced');
    app.store.close();
  });
});

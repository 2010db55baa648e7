import { describe, expect, it } from 'vitest';
import { makeApp } from '../helpers/services';
import { useTempDir } from '../helpers/temp';

const tempDir = useTempDir();

// Two outlets transliterate one minister differently and report the same statement.
const FIRST = `date 2024-03-04
MOSCOW (Example Wire) — Foreign Minister Andrey Kozyrevich spoke to reporters on Monday.
"We will not accept any deal that ignores our security interests," Kozyrevich said.
"The harbour will reopen next spring," a port official said.
Officials also said "nothing" had been decided.`;

const SECOND = `date 2024-03-05
Foreign Minister Andrei Kozyrevich addressed the press in Moscow.
"We will never accept any deal that ignores our security interests," Andrei Kozyrevich said on Monday.
Kozyrevich added that talks would resume.`;

describe('quotes.list', () => {
  it('groups quotes by entity across spellings, pairs the same statement, and lists unattributed quotes last', async () => {
    const app = makeApp(tempDir());
    const { api } = app;
    const project = await api['projects.create']({ name: 'Quotes' });
    await app.settle((await api['articles.addText']({ projectId: project.id, name: 'first.txt', text: FIRST })).jobId);
    await app.settle((await api['articles.addText']({ projectId: project.id, name: 'second.txt', text: SECOND })).jobId);

    const { groups } = await api['quotes.list']({ projectId: project.id });
    const minister = groups.find((g) => /Kozyrevich/.test(g.speaker));
    expect(minister, JSON.stringify(groups.map((g) => g.speaker))).toBeDefined();
    expect(minister!.entityId).not.toBeNull();
    // both spellings' quotes sit in one group
    const articles = new Set(minister!.quotes.map((q) => q.articleId));
    expect(articles.size).toBe(2);
    // the security-interests statement is recognised as one statement in two articles
    const security = minister!.quotes.filter((q) => q.text.includes('security interests'));
    expect(security).toHaveLength(2);
    expect(security[1]!.sameAs).toBe(security[0]!.id);
    // a short fragment is not pulled into a long quote by a shared word or two
    for (const q of minister!.quotes) if (!q.text.includes('security interests')) expect(q.sameAs).toBeNull();

    const unattributedAt = groups.findIndex((g) => g.entityId === null && g.speaker === 'Unattributed');
    if (unattributedAt >= 0) expect(unattributedAt).toBe(groups.length - 1);
    app.store.close();
  });
});

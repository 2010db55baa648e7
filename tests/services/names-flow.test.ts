import { describe, expect, it } from 'vitest';
import { makeApp, refOf } from '../helpers/services';
import { useTempDir } from '../helpers/temp';

const tempDir = useTempDir();

describe('name tagging through the API', () => {
  it('prefers, splits, merges and confirms, records who decided, and keeps it all across re-analysis', async () => {
    const app = makeApp(tempDir());
    const { api } = app;
    await api['settings.set']({ reviewer: 'Lee' });
    const project = await api['projects.ensureDemo']({});
    let entities = await api['entities.list']({ projectId: project.id });
    const conflicted = entities.filter((e) => e.spellingConflict);
    expect(conflicted.length).toBeGreaterThan(0);
    // conflicts come first in the list
    expect(entities.slice(0, conflicted.length).every((e) => e.spellingConflict)).toBe(true);

    const target = conflicted[0]!;
    const other = target.spellings.map((s) => s.spelling).find((s) => s !== target.preferred)!;
    entities = await api['entities.prefer']({ entity: refOf(target), spelling: other });
    const preferred = entities.find((e) => e.spellings.some((s) => s.spelling === other))!;
    expect(preferred.preferred).toBe(other);
    expect(preferred.preferredBy).toBe('Lee');

    // split a spelling off, then merge it back
    entities = await api['entities.split']({ entity: refOf(preferred), spelling: other });
    const alone = entities.find((e) => e.spellings.length === 1 && e.spellings[0]!.spelling === other)!;
    const rest = entities.find((e) => e.id !== alone.id && e.spellings.some((s) => s.spelling === target.spellings.find((x) => x.spelling !== other)!.spelling))!;
    expect(alone).toBeDefined();
    expect(rest).toBeDefined();
    entities = await api['entities.merge']({ entities: [refOf(rest), refOf(alone)] });
    const merged = entities.find((e) => e.spellings.some((s) => s.spelling === other))!;
    expect(merged.spellings.length).toBe(target.spellings.length);
    expect(merged.confirmed).toBe(true);

    // re-analysis rebuilds entities from the engine and re-applies every tag
    const article = (await api['articles.list']({ projectId: project.id }))[4]!;
    await app.settle((await api['articles.update']({ articleId: article.id, outlet: 'Edited outlet' })).jobId);
    const after = await api['entities.list']({ projectId: project.id });
    const again = after.find((e) => e.spellings.some((s) => s.spelling === other))!;
    expect(again.spellings.length).toBe(target.spellings.length);
    expect(again.confirmed).toBe(true);

    await expect(api['entities.prefer']({ entity: refOf(again), spelling: 'Nobody Known' })).rejects.toThrow(/is not a spelling/);
    app.store.close();
  });
});

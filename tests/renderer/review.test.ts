// @vitest-environment jsdom
// Auto-advance after a verdict and reopening a project where the reviewer left it.
import { beforeEach, describe, expect, it } from 'vitest';
import { setApi } from '../../renderer/src/api/client';
import { decideAndAdvance } from '../../renderer/src/review/decide';
import { rememberPosition, resumePosition, storedPosition } from '../../renderer/src/review/resume';
import { usePrefs } from '../../renderer/src/stores/prefs';
import { DEFAULT_FILTER, rowAt, useQueue } from '../../renderer/src/stores/queue';
import { useSelection } from '../../renderer/src/stores/selection';
import { useUi } from '../../renderer/src/stores/ui';
import { createFakeApi, type FakeState } from './fakeApi';

let state: FakeState;
let api: ReturnType<typeof createFakeApi>['api'];

beforeEach(async () => {
  localStorage.clear();
  const fake = createFakeApi(5_000);
  state = fake.state;
  api = fake.api;
  setApi(api);
  usePrefs.getState().setAutoAdvance(false);
  useUi.setState({ toasts: [] });
  useSelection.getState().clear();
  await useQueue.getState().setProject(1);
  await useSelection.getState().selectIndex(0);
});

describe('auto-advance', () => {
  it('is off by default: the verdict is stored and the claim stays open', async () => {
    await decideAndAdvance('corroborated');
    expect(state.clusters[0]?.reviewed).toBe('corroborated');
    expect(useSelection.getState().index).toBe(0);
  });

  it('on: the next claim opens after the verdict; the setting is remembered', async () => {
    usePrefs.getState().setAutoAdvance(true);
    expect(localStorage.getItem('corroborate.autoAdvance')).toBe('1');
    await decideAndAdvance('contradicted');
    expect(state.clusters[0]?.reviewed).toBe('contradicted');
    expect(useSelection.getState().index).toBe(1);
    expect(useSelection.getState().clusterId).toBe(2);
  });

  it('clearing a verdict does not move on', async () => {
    usePrefs.getState().setAutoAdvance(true);
    await decideAndAdvance(null);
    expect(useSelection.getState().index).toBe(0);
  });

  it('a verdict that could not be stored keeps the reviewer on the claim, with the error shown', async () => {
    usePrefs.getState().setAutoAdvance(true);
    setApi({ ...api, 'clusters.decide': () => Promise.reject(new Error('The database is read-only.')) });
    await decideAndAdvance('corroborated');
    expect(useSelection.getState().index).toBe(0);
    expect(useUi.getState().toasts.map((t) => t.text)).toContain('The database is read-only.');
  });
});

describe('resume', () => {
  it('reopens the remembered cluster at its queue position, loading only that page', async () => {
    await useQueue.getState().ensureRange(3_210, 3_210);
    const row = rowAt(useQueue.getState(), 3_210)!;
    rememberPosition(1, row, 3_210, DEFAULT_FILTER);
    useSelection.getState().clear();
    await useQueue.getState().setProject(1);
    const calls = state.calls.length;
    expect(await resumePosition(1)).toBe(true);
    expect(useSelection.getState().index).toBe(3_210);
    expect(useSelection.getState().clusterId).toBe(row.id);
    // one page of the queue and the cluster's detail, not a walk through the pages
    expect(state.calls.slice(calls).map((c) => c.name)).toEqual(['clusters.list', 'clusters.get']);
  });

  it('a cluster whose claim is gone (re-analysis renumbered it) starts at the top, without an error', async () => {
    rememberPosition(1, { id: 40, label: 'A claim that is no longer there' }, 39, DEFAULT_FILTER);
    expect(await resumePosition(1)).toBe(false);
    expect(useSelection.getState().index).toBe(0);
    expect(useUi.getState().toasts).toEqual([]);
  });

  it('under a filter only the cluster is remembered, not a position', () => {
    rememberPosition(1, { id: 7, label: 'x' }, 3, { ...DEFAULT_FILTER, unreviewed: true });
    expect(storedPosition(1)).toEqual({ clusterId: 7, label: 'x', index: null });
  });

  it('ignores a damaged entry', () => {
    localStorage.setItem('corroborate.position.1', '{"clusterId":"seven"}');
    expect(storedPosition(1)).toBeNull();
    localStorage.setItem('corroborate.position.1', 'not json');
    expect(storedPosition(1)).toBeNull();
  });

  it('keeps one position per project', () => {
    rememberPosition(1, { id: 5, label: 'five' }, 4, DEFAULT_FILTER);
    rememberPosition(2, { id: 9, label: 'nine' }, 0, DEFAULT_FILTER);
    expect(storedPosition(1)?.clusterId).toBe(5);
    expect(storedPosition(2)?.clusterId).toBe(9);
  });
});

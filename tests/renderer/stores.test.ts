import { beforeEach, describe, expect, it } from 'vitest';
import { setApi } from '../../renderer/src/api/client';
import { PAGE_SIZE, rowAt, useQueue } from '../../renderer/src/stores/queue';
import { useSelection } from '../../renderer/src/stores/selection';
import { createFakeApi, type FakeState } from './fakeApi';

let state: FakeState;

beforeEach(async () => {
  const fake = createFakeApi(50_000);
  state = fake.state;
  setApi(fake.api);
  useSelection.getState().clear();
  await useQueue.getState().setProject(1);
});

const listCalls = () => state.calls.filter((c) => c.name === 'clusters.list');

describe('queue store', () => {
  it('fetches only the first page of 50,000 clusters', () => {
    const q = useQueue.getState();
    expect(q.total).toBe(50_000);
    expect(Object.keys(q.pages)).toEqual(['0']);
    expect(listCalls()).toHaveLength(1);
    expect(listCalls()[0]?.args).toMatchObject({ offset: 0, limit: PAGE_SIZE });
  });

  it('loads the pages a scrolled range falls on, once', async () => {
    await useQueue.getState().ensureRange(30_010, 30_020);
    await useQueue.getState().ensureRange(30_010, 30_020);
    const page = Math.floor(30_010 / PAGE_SIZE);
    expect(listCalls().map((c) => (c.args as { offset: number }).offset)).toEqual([0, page * PAGE_SIZE]);
    expect(rowAt(useQueue.getState(), 30_015)?.id).toBe(30_016);
  });

  it('filters reset the pages and pass the filter to the API', async () => {
    await useQueue.getState().setFilter({ verdict: 'contradicted', verdictSource: 'reviewed', search: 'talks' });
    expect(listCalls().at(-1)?.args).toMatchObject({ verdict: 'contradicted', verdictSource: 'reviewed', search: 'talks', offset: 0 });
    expect(useQueue.getState().total).toBe(0);
  });
});

describe('selection store', () => {
  it('decides, patches the queue row in place and counts it as reviewed', async () => {
    await useSelection.getState().selectIndex(2);
    expect(useSelection.getState().clusterId).toBe(3);
    await useSelection.getState().decide('contradicted');
    expect(state.clusters[2]?.reviewed).toBe('contradicted');
    expect(rowAt(useQueue.getState(), 2)?.reviewed).toBe('contradicted');
    expect(useQueue.getState().reviewed).toBe(1);
    expect(useSelection.getState().detail?.history[0]?.newVerdict).toBe('contradicted');
  });

  it('j/k moves stay inside the list', async () => {
    await useSelection.getState().selectIndex(0);
    await useSelection.getState().move(-1);
    expect(useSelection.getState().index).toBe(0);
    await useSelection.getState().move(1);
    expect(useSelection.getState().clusterId).toBe(2);
  });

  it('undo restores the previous verdict and shows the undone cluster', async () => {
    await useSelection.getState().selectIndex(4);
    await useSelection.getState().decide('corroborated');
    await useSelection.getState().selectIndex(0);
    await useSelection.getState().undo();
    expect(useSelection.getState().clusterId).toBe(5);
    expect(rowAt(useQueue.getState(), 4)?.reviewed).toBeNull();
    expect(useQueue.getState().reviewed).toBe(0);
  });

  it('saves a note for the cluster it was written on', async () => {
    await useSelection.getState().selectIndex(1);
    await useSelection.getState().selectIndex(3);
    await useSelection.getState().saveNote('check the count', { id: 2, key: state.clusters[1]!.key });
    expect(state.clusters[1]?.note).toBe('check the count');
    expect(useSelection.getState().clusterId).toBe(4);
    expect(useSelection.getState().detail?.row.note).toBeNull();
  });
});

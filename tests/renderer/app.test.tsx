// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { setApi } from '../../renderer/src/api/client';
import { App } from '../../renderer/src/components/App';
import { useUi } from '../../renderer/src/stores/ui';
import { createFakeApi, type FakeState } from './fakeApi';

// jsdom lays nothing out; give the virtualised list a viewport so it renders rows.
beforeAll(() => {
  Object.defineProperty(HTMLElement.prototype, 'clientHeight', { configurable: true, get: () => 600 });
  Object.defineProperty(HTMLElement.prototype, 'clientWidth', { configurable: true, get: () => 400 });
  HTMLElement.prototype.scrollIntoView = () => undefined;
});

let state: FakeState;
beforeEach(() => {
  const fake = createFakeApi(500);
  state = fake.state;
  setApi(fake.api);
  useUi.setState({ view: 'claims', dialog: null, toasts: [] });
  // a returning user: the first-run guide has been seen (help.test.tsx covers the first run)
  localStorage.clear();
  localStorage.setItem('corroborate.guideSeen', '1');
});
afterEach(cleanup);

async function openApp() {
  render(<App />);
  await screen.findByRole('heading', { level: 1, name: 'Claim number 1 about troops' });
}

const key = (k: string) => act(() => void fireEvent.keyDown(window, { key: k }));

describe('App', () => {
  it('opens the demo project and shows the queue with only a window of rows rendered', async () => {
    await openApp();
    expect(state.calls.some((c) => c.name === 'projects.ensureDemo')).toBe(true);
    const list = screen.getByRole('listbox', { name: 'Claim clusters' });
    const options = within(list).getAllByRole('option');
    expect(options.length).toBeGreaterThan(3);
    expect(options.length).toBeLessThan(60);
    expect(options[0]?.getAttribute('aria-setsize')).toBe('500');
  });

  it('marks by keyboard, moves with j, and undoes with u', async () => {
    await openApp();
    await key('x');
    await waitFor(() => expect(state.clusters[0]?.reviewed).toBe('contradicted'));
    expect(screen.getByRole('button', { name: /Contradicted/, pressed: true })).toBeTruthy();
    await key('j');
    await screen.findByRole('heading', { level: 1, name: 'Claim number 2 about talks' });
    await key('c');
    await waitFor(() => expect(state.clusters[1]?.reviewed).toBe('corroborated'));
    await key('u');
    await waitFor(() => expect(state.clusters[1]?.reviewed).toBeNull());
    expect(screen.getByRole("progressbar", { name: /Reviewed 1 of 500/ })).toBeTruthy();
  });

  it('marks by mouse and shows the decision in the history', async () => {
    await openApp();
    fireEvent.click(screen.getByRole('button', { name: /Single-sourced/ }));
    await waitFor(() => expect(state.clusters[0]?.reviewed).toBe('single-sourced'));
    const history = screen.getByRole('region', { name: 'History' });
    await waitFor(() => expect(within(history).getByText(/Unreviewed → Single-sourced/i)).toBeTruthy());
  });

  it('n focuses the note and leaving the field saves it', async () => {
    await openApp();
    await key('n');
    const note = screen.getByLabelText('Note') as HTMLTextAreaElement;
    expect(document.activeElement).toBe(note);
    fireEvent.change(note, { target: { value: 'call the ministry' } });
    // typing c in the note must not mark the cluster
    fireEvent.keyDown(note, { key: 'c' });
    fireEvent.blur(note);
    await waitFor(() => expect(state.clusters[0]?.note).toBe('call the ministry'));
    expect(state.clusters[0]?.reviewed).toBeNull();
  });

  it('shows conflicting values with text labels, not colour alone', async () => {
    await openApp();
    await key('j');
    await screen.findByRole('heading', { level: 1, name: 'Claim number 2 about talks' });
    const conflicts = await screen.findByRole('region', { name: /Conflicting values/ });
    expect(within(conflicts).getByText(/A1 “12”/)).toBeTruthy();
    expect(within(conflicts).getByText(/B1 “15”/)).toBeTruthy();
    expect(within(conflicts).getByText('the counts differ: 12 vs 15')).toBeTruthy();
  });

  it('names: confirm a spelling conflict', async () => {
    await openApp();
    fireEvent.click(screen.getByRole('button', { name: 'Names' }));
    const card = await screen.findByRole('article', { name: 'Alexei Testov' });
    expect(within(card).getByText(/Spelling conflict/)).toBeTruthy();
    fireEvent.click(within(card).getByRole('button', { name: /Confirm same person/ }));
    await waitFor(() => expect(state.entities.find((e) => e.id === 2)?.confirmed).toBe(true));
    await screen.findByText(/Confirmed same person/);
  });

  it('reader sets captions apart and a claim highlight opens its cluster', async () => {
    await openApp();
    fireEvent.click(screen.getByRole('button', { name: 'Articles' }));
    const reader = await screen.findByRole('region', { name: 'Article reader' });
    await waitFor(() => expect(within(reader).getByRole('complementary', { name: 'Caption' })).toBeTruthy());
    fireEvent.click(within(reader).getByRole('button', { name: /Claim: open cluster #1/ }));
    await screen.findByRole('listbox', { name: 'Claim clusters' });
  });
});

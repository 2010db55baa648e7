// @vitest-environment jsdom
// The UI side of "reviewer work is never lost or misplaced": Escape saves a note once,
// an undo says what it undid, a cluster that changed under the reviewer is reloaded
// instead of acted on, and an article's failed stages and decoding notes are shown.
import { act, cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { setApi } from '../../renderer/src/api/client';
import { App } from '../../renderer/src/components/App';
import { HistoryList } from '../../renderer/src/detail/HistoryList';
import { useUi } from '../../renderer/src/stores/ui';
import { createFakeApi, type FakeState } from './fakeApi';

beforeAll(() => {
  Object.defineProperty(HTMLElement.prototype, 'clientHeight', { configurable: true, get: () => 600 });
  Object.defineProperty(HTMLElement.prototype, 'clientWidth', { configurable: true, get: () => 400 });
  HTMLElement.prototype.scrollIntoView = () => undefined;
});

let state: FakeState;
beforeEach(() => {
  const fake = createFakeApi(50);
  state = fake.state;
  setApi(fake.api);
  useUi.setState({ view: 'claims', dialog: null, toasts: [] });
});
afterEach(cleanup);

async function openApp() {
  render(<App />);
  await screen.findByRole('heading', { level: 1, name: 'Claim number 1 about troops' });
}

describe('reviewer safety in the UI', () => {
  it('Escape in the note saves it once, not twice', async () => {
    await openApp();
    const note = screen.getByRole('textbox', { name: 'Note' });
    note.focus();
    fireEvent.change(note, { target: { value: 'check the harbour figures' } });
    await act(async () => void fireEvent.keyDown(note, { key: 'Escape' }));
    await act(async () => void fireEvent.blur(note));
    await waitFor(() => expect(state.clusters[0]?.note).toBe('check the harbour figures'));
    expect(state.calls.filter((c) => c.name === 'clusters.note')).toHaveLength(1);
  });

  it('an undone note is described as a note, not as a change of verdict', () => {
    render(
      <HistoryList
        history={[
          { id: 2, at: '2025-02-20T10:00:00.000Z', reviewer: 'Ana', action: 'undo', undid: 'note', oldVerdict: null, newVerdict: null, note: null, claimText: '' },
          { id: 1, at: '2025-02-20T09:00:00.000Z', reviewer: 'Ana', action: 'note', undid: null, oldVerdict: null, newVerdict: null, note: 'x', claimText: '' },
        ]}
      />,
    );
    expect(screen.getByText(/undid a note: no note/)).toBeTruthy();
    expect(screen.queryByText(/unreviewed →/)).toBeNull();
  });

  it('a decision on a cluster that changed meanwhile is refused, said so, and the queue reloads; nothing is marked', async () => {
    await openApp();
    const lists = state.calls.filter((c) => c.name === 'clusters.list').length;
    // another client changed cluster 1 (a re-analysis or a split): its key is no longer what the UI holds
    state.clusters[0] = { ...state.clusters[0]!, key: 'e'.repeat(32) };
    await act(async () => void fireEvent.keyDown(window, { key: 'c' }));
    await screen.findByText(/changed since you opened it/);
    expect(state.clusters[0]?.reviewed).toBeNull();
    await waitFor(() => expect(state.calls.filter((c) => c.name === 'clusters.list').length).toBeGreaterThan(lists));
    // the reloaded cluster carries the new key: the next decision lands
    await waitFor(() => expect(state.calls.some((c) => c.name === 'clusters.get')).toBe(true));
    await act(async () => void fireEvent.keyDown(window, { key: 'c' }));
    await waitFor(() => expect(state.clusters[0]?.reviewed).toBe('corroborated'));
  });

  it('shows an article whose quotes stage failed with a warning naming the stage, and its decoding notes, in the list and the reader', async () => {
    state.article = {
      ...state.article,
      text: 'Photo: a caption here.\nOfficials met. The fine was \uFFFD0001\uFFFD dollars.',
      blocks: [
        { kind: 'caption', start: 0, end: 22 },
        { kind: 'paragraph', start: 23, end: 67 },
      ],
      claims: [],
      quotes: [],
      mentions: [],
      errors: [{ stage: 'quotes', message: 'an unexpected quotation mark' }],
      notes: [{ kind: 'neutralised', count: 2, codepoints: [0x202c, 0x202e], offsets: [51, 56] }],
    };
    await openApp();
    act(() => useUi.getState().openArticle(1));
    expect(await screen.findByText(/Analysis incomplete: quotes stage failed/)).toBeTruthy();
    const alert = await screen.findByRole('alert', { name: 'Analysis incomplete' });
    expect(alert.textContent).toMatch(/The quotes stage failed \(finding quotes\): an unexpected quotation mark\. What it would have found is missing\./);
    const notes = screen.getByRole('note', { name: 'Decoding notes' });
    expect(notes.textContent).toMatch(/2 hidden formatting characters \(U\+202C, U\+202E\)/);
    expect(document.querySelectorAll('mark.hidden-char')).toHaveLength(2);
    expect(screen.getByRole('button', { name: 'Decode again' })).toBeTruthy();
  });
});

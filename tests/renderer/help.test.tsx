// @vitest-environment jsdom
// The app explains itself: first-run guide once, the shortcut sheet on `?`, every listed
// review key handled, and terms whose tooltip comes from the glossary.
import { act, cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { setApi } from '../../renderer/src/api/client';
import { App } from '../../renderer/src/components/App';
import { handleShortcut } from '../../renderer/src/components/useShortcuts';
import { GLOSSARY } from '../../renderer/src/help/glossary';
import { SHORTCUT_GROUPS } from '../../renderer/src/help/shortcuts';
import { Term, TooltipLayer } from '../../renderer/src/help/Term';
import { useUi } from '../../renderer/src/stores/ui';
import { createFakeApi } from './fakeApi';

beforeAll(() => {
  Object.defineProperty(HTMLElement.prototype, 'clientHeight', { configurable: true, get: () => 600 });
  Object.defineProperty(HTMLElement.prototype, 'clientWidth', { configurable: true, get: () => 400 });
  HTMLElement.prototype.scrollIntoView = () => undefined;
});

beforeEach(() => {
  localStorage.clear();
  setApi(createFakeApi(50).api);
  useUi.setState({ view: 'claims', dialog: null, toasts: [] });
});
afterEach(cleanup);

const key = (k: string, target: Element | Window = window) => act(() => void fireEvent.keyDown(target, { key: k }));

describe('first run', () => {
  it('opens the guide once; closing it marks it seen, and the menu reopens it', async () => {
    render(<App />);
    const guide = await screen.findByRole('dialog', { name: 'How Corroborate works' });
    for (const t of ['Cluster', 'Source group', 'Independent source', 'Suggested verdict', 'Your verdict']) expect(within(guide).getByText(t)).toBeTruthy();
    fireEvent.click(within(guide).getByRole('button', { name: 'Start reviewing' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(localStorage.getItem('corroborate.guideSeen')).toBe('1');
    cleanup();
    useUi.setState({ dialog: null });
    render(<App />);
    await screen.findByRole('heading', { level: 1, name: 'Claim number 1 about troops' });
    expect(screen.queryByRole('dialog')).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: /^Menu/ }));
    fireEvent.click(screen.getByRole('menuitem', { name: 'How Corroborate works' }));
    expect(await screen.findByRole('dialog', { name: 'How Corroborate works' })).toBeTruthy();
  });
});

describe('shortcut sheet', () => {
  beforeEach(() => localStorage.setItem('corroborate.guideSeen', '1'));

  it('? opens and closes it on any screen, but not while typing', async () => {
    render(<App />);
    await screen.findByRole('heading', { level: 1, name: 'Claim number 1 about troops' });
    await key('?');
    expect(screen.getByRole('dialog', { name: 'Keyboard shortcuts' })).toBeTruthy();
    await key('?');
    expect(screen.queryByRole('dialog')).toBeNull();
    act(() => useUi.getState().setView('names'));
    await key('?');
    expect(screen.getByRole('dialog', { name: 'Keyboard shortcuts' })).toBeTruthy();
    await key('?');
    const filter = await screen.findByRole('searchbox', { name: 'Filter names' });
    await key('?', filter);
    expect(screen.queryByRole('dialog')).toBeNull();
  });

  it('every single key the sheet lists for review does something', () => {
    useUi.setState({ view: 'claims', dialog: null });
    const review = SHORTCUT_GROUPS.find((g) => g.title === 'Review')!;
    const anywhere = SHORTCUT_GROUPS.find((g) => g.title === 'Anywhere')!;
    const keys = [...review.items, ...anywhere.items].flatMap((s) => s.keys).filter((k) => k.length === 1);
    expect(keys.length).toBeGreaterThanOrEqual(9);
    for (const k of keys) {
      useUi.setState({ dialog: null });
      expect(handleShortcut(new KeyboardEvent('keydown', { key: k })), `key ${k}`).toBe(true);
    }
    // and a key it does not list does nothing
    expect(handleShortcut(new KeyboardEvent('keydown', { key: 'q' }))).toBe(false);
  });

  it('a ticked checkbox keeps the review keys working; a text field does not', () => {
    const box = document.createElement('input');
    box.type = 'checkbox';
    const text = document.createElement('input');
    document.body.append(box, text);
    const on = (target: HTMLElement) => {
      const e = new KeyboardEvent('keydown', { key: 'j', bubbles: true });
      Object.defineProperty(e, 'target', { value: target });
      return handleShortcut(e);
    };
    expect(on(box)).toBe(true);
    expect(on(text)).toBe(false);
  });
});

describe('terms', () => {
  it('show their glossary text on focus and hide it with Escape', async () => {
    render(
      <>
        <Term id="source-group" focusable>
          Source groups
        </Term>
        <TooltipLayer />
      </>,
    );
    const term = screen.getByText('Source groups');
    act(() => term.focus());
    const tip = await screen.findByRole('tooltip');
    expect(tip.textContent).toContain(GLOSSARY['source-group'].text);
    expect(term.getAttribute('aria-describedby')).toBe(tip.id);
    await key('Escape', term);
    expect(screen.queryByRole('tooltip')).toBeNull();
    expect(term.getAttribute('aria-describedby')).toBeNull();
  });

  it('every glossary entry says something', () => {
    for (const [id, info] of Object.entries(GLOSSARY)) {
      expect(info.term, id).not.toBe('');
      expect(info.text.length, id).toBeGreaterThan(40);
    }
  });
});

// The app menu (a disclosure menu): projects, export, settings, and help: the
// shortcut sheet and the first-run guide.
import { useEffect, useRef, useState } from 'react';
import { useUi } from '../stores/ui';

export function AppMenu() {
  const [open, setOpen] = useState(false);
  const openDialog = useUi((s) => s.openDialog);
  const setView = useUi((s) => s.setView);
  const ref = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (!open) return;
    const first = ref.current?.querySelector<HTMLButtonElement>('[role="menuitem"]');
    first?.focus();
    const onDown = (e: MouseEvent) => {
      if (ref.current && !ref.current.contains(e.target as Node)) setOpen(false);
    };
    window.addEventListener('mousedown', onDown);
    return () => window.removeEventListener('mousedown', onDown);
  }, [open]);

  const items: Array<{ label: string; key?: string; run: () => void; separated?: boolean }> = [
    { label: 'Projects…', run: () => openDialog('projects') },
    { label: 'Add articles…', run: () => setView('articles') },
    { label: 'Export report…', run: () => openDialog('export') },
    { label: 'Settings…', run: () => openDialog('settings') },
    { label: 'Keyboard shortcuts', key: '?', run: () => openDialog('shortcuts'), separated: true },
    { label: 'How Corroborate works', run: () => openDialog('guide') },
  ];

  const onKeyDown = (e: React.KeyboardEvent) => {
    const list = [...(ref.current?.querySelectorAll<HTMLButtonElement>('[role="menuitem"]') ?? [])];
    const at = list.indexOf(document.activeElement as HTMLButtonElement);
    if (e.key === 'Escape') {
      setOpen(false);
      ref.current?.querySelector<HTMLButtonElement>('.menu-button')?.focus();
    } else if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault();
      const next = (at + (e.key === 'ArrowDown' ? 1 : -1) + list.length) % list.length;
      list[next]?.focus();
    }
  };

  return (
    <div className="menu" ref={ref} onKeyDown={onKeyDown}>
      <button type="button" className="btn menu-button" aria-haspopup="menu" aria-expanded={open} onClick={() => setOpen(!open)}>
        Menu <span aria-hidden="true">▾</span>
      </button>
      {open && (
        <div role="menu" className="menu-list" aria-label="App menu">
          {items.map((it) => (
            <button
              key={it.label}
              type="button"
              role="menuitem"
              className={it.separated ? 'separated' : undefined}
              aria-keyshortcuts={it.key}
              onClick={() => {
                setOpen(false);
                it.run();
              }}
            >
              <span>{it.label}</span>
              {it.key && <kbd aria-hidden="true">{it.key}</kbd>}
            </button>
          ))}
        </div>
      )}
    </div>
  );
}

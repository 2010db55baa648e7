// The keyboard shortcut sheet (`?`, the app menu, or Help in the desktop menu).
import { Modal } from '../components/Modal';
import { useProjects } from '../stores/projects';
import { usePrefs } from '../stores/prefs';
import { useUi } from '../stores/ui';
import { DESKTOP_SHORTCUTS, SHORTCUT_GROUPS, type Shortcut } from './shortcuts';

function Keys({ keys }: { keys: readonly string[] }) {
  return (
    <span className="keys">
      {keys.map((alt, i) => (
        <span key={alt}>
          {i > 0 && <span className="muted"> / </span>}
          {alt.split('+').map((k, j) => (
            <span key={k}>
              {j > 0 && <span className="muted">+</span>}
              <kbd>{k}</kbd>
            </span>
          ))}
        </span>
      ))}
    </span>
  );
}

function Rows({ items }: { items: readonly Shortcut[] }) {
  return (
    <dl className="shortcut-list">
      {items.map((s) => (
        <div key={s.what} className="shortcut">
          <dt>
            <Keys keys={s.keys} />
          </dt>
          <dd>{s.what}</dd>
        </div>
      ))}
    </dl>
  );
}

export function ShortcutSheet() {
  const desktop = useProjects((s) => s.info?.nativeDialogs ?? false);
  const autoAdvance = usePrefs((s) => s.autoAdvance);
  return (
    <Modal title="Keyboard shortcuts" wide startOnClose>
      <div className="shortcut-groups">
        {SHORTCUT_GROUPS.map((g) => (
          <section key={g.title} aria-labelledby={`keys-${g.title}`}>
            <h3 id={`keys-${g.title}`}>
              {g.title} <span className="muted small">· {g.where}</span>
            </h3>
            <Rows items={g.items} />
          </section>
        ))}
        {desktop && (
          <section aria-labelledby="keys-desktop">
            <h3 id="keys-desktop">Desktop menu</h3>
            <Rows items={DESKTOP_SHORTCUTS} />
          </section>
        )}
      </div>
      <p className="hint">
        After <kbd>c</kbd>, <kbd>x</kbd> or <kbd>s</kbd> the queue {autoAdvance ? 'moves on to the next claim' : 'stays on the claim'} (
        <button type="button" className="link" onClick={() => useUi.getState().openDialog('settings')}>
          change in Settings
        </button>
        ).
      </p>
    </Modal>
  );
}

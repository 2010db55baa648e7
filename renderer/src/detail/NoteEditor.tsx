// The reviewer's note: saved when the field is left, with Ctrl/Cmd+Enter or Escape.
// What was last saved is kept in a ref, not only in state: Escape saves and then
// blurs the field, and the blur must see that save at once or the note is saved twice.
import { useEffect, useRef, useState } from 'react';
import type { ClusterRef } from '../../../shared/api/types';
import { NOTE_INPUT_ID } from '../components/useShortcuts';
import { useSelection } from '../stores/selection';

export function NoteEditor({ cluster, note }: { cluster: ClusterRef; note: string }) {
  const [text, setText] = useState(note);
  const [saved, setSaved] = useState(note);
  const saveNote = useSelection((s) => s.saveNote);
  const latest = useRef({ text, saved: note, cluster });
  latest.current.text = text;
  latest.current.cluster = cluster;

  useEffect(() => {
    setText(note);
    setSaved(note);
    latest.current.saved = note;
  }, [note]);

  const save = () => {
    const { text: t, saved: s, cluster: c } = latest.current;
    if (t === s) return;
    latest.current.saved = t;
    setSaved(t);
    void saveNote(t, c);
  };

  // leaving the cluster with j/k unmounts the field: keep what was typed
  useEffect(
    () => () => {
      const { text: t, saved: s, cluster: c } = latest.current;
      if (t !== s) void useSelection.getState().saveNote(t, c);
    },
    [cluster.id],
  );

  return (
    <section className="panel" aria-labelledby="note-h">
      <h2 id="note-h">
        <label htmlFor={NOTE_INPUT_ID}>Note</label> <kbd aria-hidden="true">n</kbd>
      </h2>
      <textarea
        id={NOTE_INPUT_ID}
        value={text}
        rows={3}
        maxLength={10000}
        placeholder="Why you decided this, what to check next…"
        onChange={(e) => setText(e.target.value)}
        onBlur={save}
        onKeyDown={(e) => {
          if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
            e.preventDefault();
            save();
          }
          if (e.key === 'Escape') {
            save();
            (e.target as HTMLTextAreaElement).blur();
          }
        }}
        aria-describedby="note-hint"
      />
      <p id="note-hint" className="hint">
        {text === saved ? (saved ? 'Saved.' : 'Saved when you leave the field (Ctrl+Enter).') : 'Unsaved: leave the field or press Ctrl+Enter.'}
      </p>
    </section>
  );
}

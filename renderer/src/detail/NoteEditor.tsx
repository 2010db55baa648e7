// The reviewer's note: saved when the field is left or with Ctrl/Cmd+Enter.
import { useEffect, useRef, useState } from 'react';
import { NOTE_INPUT_ID } from '../components/useShortcuts';
import { useSelection } from '../stores/selection';

export function NoteEditor({ clusterId, note }: { clusterId: number; note: string }) {
  const [text, setText] = useState(note);
  const saveNote = useSelection((s) => s.saveNote);
  const [saved, setSaved] = useState(note);
  const latest = useRef({ text, saved });
  latest.current = { text, saved };

  useEffect(() => {
    setText(note);
    setSaved(note);
  }, [note]);

  const save = () => {
    if (text === saved) return;
    setSaved(text);
    void saveNote(text, clusterId);
  };

  // leaving the cluster with j/k unmounts the field: keep what was typed
  useEffect(
    () => () => {
      const { text: t, saved: s } = latest.current;
      if (t !== s) void useSelection.getState().saveNote(t, clusterId);
    },
    [clusterId],
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

// Reviewer name and organisation, saved as each field is left (no save button);
// the review preference (auto-advance), remembered on this machine.
import { useEffect, useRef, useState } from 'react';
import type { Settings } from '../../../shared/api/types';
import { usePrefs } from '../stores/prefs';
import { useProjects } from '../stores/projects';
import { Modal } from './Modal';

const FIELDS: Array<{ key: keyof Settings; label: string; hint: string }> = [
  { key: 'reviewer', label: 'Reviewer name', hint: 'Recorded with every decision in the history.' },
  { key: 'organisation', label: 'Organisation', hint: 'Author of the ClaimReview export.' },
  { key: 'organisationUrl', label: 'Organisation website', hint: 'http:// or https:// address; ClaimReview needs it (and the organisation) and links each review to it.' },
];

export function SettingsDialog() {
  const settings = useProjects((s) => s.settings);
  const save = useProjects((s) => s.saveSettings);
  const info = useProjects((s) => s.info);
  const autoAdvance = usePrefs((s) => s.autoAdvance);
  const setAutoAdvance = usePrefs((s) => s.setAutoAdvance);
  const [draft, setDraft] = useState<Settings>(settings ?? { reviewer: '', organisation: '', organisationUrl: '' });
  // closing with Escape unmounts the field without a blur: save what was typed then too
  const latest = useRef(draft);
  latest.current = draft;
  useEffect(
    () => () => {
      const saved = useProjects.getState().settings;
      const changed = FIELDS.filter((f) => latest.current[f.key] !== saved?.[f.key]);
      if (changed.length) void save(Object.fromEntries(changed.map((f) => [f.key, latest.current[f.key]])));
    },
    [save],
  );

  return (
    <Modal title="Settings">
      {FIELDS.map((f) => (
        <div className="field" key={f.key}>
          <label htmlFor={`setting-${f.key}`}>{f.label}</label>
          <input
            id={`setting-${f.key}`}
            value={draft[f.key]}
            maxLength={f.key === 'organisationUrl' ? 500 : 200}
            onChange={(e) => setDraft({ ...draft, [f.key]: e.target.value })}
            onBlur={() => {
              if (draft[f.key] !== settings?.[f.key]) void save({ [f.key]: draft[f.key] });
            }}
            aria-describedby={`setting-${f.key}-hint`}
          />
          <p className="hint" id={`setting-${f.key}-hint`}>
            {f.hint}
          </p>
        </div>
      ))}
      <fieldset className="field prefs">
        <legend>Review</legend>
        <label className="check">
          <input type="checkbox" checked={autoAdvance} onChange={(e) => setAutoAdvance(e.target.checked)} aria-describedby="setting-advance-hint" />
          After a verdict, go to the next claim
        </label>
        <p className="hint" id="setting-advance-hint">
          Off: the claim stays open so you see the decision land. Remembered on this computer.
        </p>
      </fieldset>
      {info && (
        <p className="muted small">
          Corroborate {info.version} · data in <code>{info.dataDir}</code>
        </p>
      )}
    </Modal>
  );
}

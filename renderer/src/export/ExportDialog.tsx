// Report export: the browser downloads the rendered file; Electron asks where to
// save with the native dialog (which asks before overwriting) and can make a PDF.
import { useState } from 'react';
import { api } from '../api/client';
import { Modal } from '../components/Modal';
import { downloadText } from '../lib/files';
import { useProjects } from '../stores/projects';
import { reportError, useUi } from '../stores/ui';

type Format = 'html' | 'md' | 'json' | 'csv' | 'claimreview' | 'pdf';

const FORMATS: Array<{ id: Format; label: string; hint: string; electronOnly?: boolean }> = [
  { id: 'html', label: 'HTML report', hint: 'One self-contained file; reads on screen and prints well.' },
  { id: 'pdf', label: 'PDF report', hint: 'The HTML report as PDF.', electronOnly: true },
  { id: 'md', label: 'Markdown', hint: 'The same content for a plain text editor.' },
  { id: 'json', label: 'JSON', hint: 'Full structured content with a versioned schema.' },
  { id: 'csv', label: 'CSV', hint: 'One row per claim cluster, for spreadsheets.' },
  { id: 'claimreview', label: 'ClaimReview JSON-LD', hint: 'schema.org markup for publishing reviewed claims.' },
];

export function ExportDialog() {
  const projectId = useProjects((s) => s.currentId);
  const native = useProjects((s) => s.info?.nativeDialogs ?? false);
  const organisation = useProjects((s) => s.settings?.organisation ?? '');
  const [format, setFormat] = useState<Format>('html');
  const [busy, setBusy] = useState(false);
  const formats = FORMATS.filter((f) => native || !f.electronOnly);

  const run = async () => {
    if (projectId === null) return;
    setBusy(true);
    try {
      if (native) {
        const { path } = await api()['dialog.saveReport']({ projectId, format });
        if (path) useUi.getState().notify(`Report saved to ${path}`);
      } else if (format !== 'pdf') {
        const r = await api()['report.render']({ projectId, format });
        downloadText(r.filename, r.mime, r.content);
        useUi.getState().notify(`Report downloaded as ${r.filename}`);
      }
      useUi.getState().openDialog(null);
    } catch (err) {
      reportError(err);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Modal title="Export report">
      <fieldset className="formats">
        <legend>Format</legend>
        {formats.map((f) => (
          <label key={f.id} className="format-option">
            <input type="radio" name="format" value={f.id} checked={format === f.id} onChange={() => setFormat(f.id)} />
            <span>
              <strong>{f.label}</strong>
              <span className="hint">{f.hint}</span>
            </span>
          </label>
        ))}
      </fieldset>
      {format === 'claimreview' && !organisation && (
        <p className="hint warn-text">
          <span aria-hidden="true">⚠</span> Set your organisation in Settings: ClaimReview names it as the author.
        </p>
      )}
      <p className="hint">Unreviewed claims are marked as unreviewed in every format.</p>
      <div className="row end">
        <button type="button" className="btn ghost" onClick={() => useUi.getState().openDialog(null)}>
          Cancel
        </button>
        <button type="button" className="btn primary" onClick={() => void run()} disabled={busy || projectId === null}>
          {busy ? 'Exporting…' : native ? 'Save…' : 'Download'}
        </button>
      </div>
    </Modal>
  );
}

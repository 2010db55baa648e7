// Adding articles: drag and drop, a file picker (or the native dialog in Electron), or pasted text.
import { useRef, useState } from 'react';
import { MAX_IMPORT_B64 } from '../../../shared/api/contract';
import { api } from '../api/client';
import { filesToImport, importBatches } from '../lib/files';
import { useJobs } from '../stores/jobs';
import { useProjects } from '../stores/projects';
import { reportError } from '../stores/ui';

export function ImportPanel() {
  const projectId = useProjects((s) => s.currentId);
  const nativeDialogs = useProjects((s) => s.info?.nativeDialogs ?? false);
  const run = useJobs((s) => s.run);
  const busy = useJobs((s) => s.job !== null);
  const fileInput = useRef<HTMLInputElement>(null);
  const [over, setOver] = useState(false);
  const [pasting, setPasting] = useState(false);
  const [pasteName, setPasteName] = useState('');
  const [pasteText, setPasteText] = useState('');

  if (projectId === null) return null;

  const importFiles = async (list: FileList | null) => {
    if (!list || list.length === 0) return;
    try {
      const files = await filesToImport([...list]);
      // one job per batch: a large selection never becomes one huge request
      for (const batch of importBatches(files, MAX_IMPORT_B64)) {
        const job = await run(() => api()['articles.import']({ projectId, files: batch }));
        if (job?.state !== 'done') break;
      }
    } catch (err) {
      reportError(err);
    }
  };

  const pick = () => {
    if (nativeDialogs) void run(() => api()['dialog.importArticles']({ projectId }));
    else fileInput.current?.click();
  };

  return (
    <div className="import-panel">
      <div
        className={`dropzone${over ? ' over' : ''}`}
        onDragOver={(e) => {
          e.preventDefault();
          setOver(true);
        }}
        onDragLeave={() => setOver(false)}
        onDrop={(e) => {
          e.preventDefault();
          setOver(false);
          void importFiles(e.dataTransfer.files);
        }}
      >
        <p>
          Drop article files here <span className="muted">(.txt, .md, .html)</span>
        </p>
        <div className="row">
          <button type="button" className="btn" onClick={pick} disabled={busy}>
            Choose files…
          </button>
          <button type="button" className="btn ghost" aria-expanded={pasting} onClick={() => setPasting(!pasting)} disabled={busy}>
            Paste text…
          </button>
        </div>
        <input
          ref={fileInput}
          type="file"
          multiple
          accept=".txt,.md,.markdown,.html,.htm,text/plain,text/html,text/markdown"
          className="sr-only"
          tabIndex={-1}
          aria-label="Article files"
          data-testid="file-input"
          onChange={(e) => {
            void importFiles(e.target.files);
            e.target.value = '';
          }}
        />
      </div>
      {pasting && (
        <form
          className="paste-form"
          onSubmit={(e) => {
            e.preventDefault();
            const name = pasteName.trim() || 'Pasted article';
            void run(() => api()['articles.addText']({ projectId, name, text: pasteText })).then((job) => {
              if (job?.state === 'done') {
                setPasteText('');
                setPasteName('');
                setPasting(false);
              }
            });
          }}
        >
          <label htmlFor="paste-name">Name</label>
          <input id="paste-name" value={pasteName} onChange={(e) => setPasteName(e.target.value)} placeholder="Pasted article" maxLength={200} />
          <label htmlFor="paste-text">Article text</label>
          <textarea id="paste-text" rows={8} value={pasteText} onChange={(e) => setPasteText(e.target.value)} />
          <button type="submit" className="btn primary" disabled={!pasteText.trim() || busy}>
            Add article
          </button>
        </form>
      )}
    </div>
  );
}

// Reads dropped or picked files as base64 for `articles.import`, in chunks so a
// large file does not build one giant intermediate string per byte.
export async function fileToBase64(file: Blob): Promise<string> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  const CHUNK = 0x8000;
  let binary = '';
  for (let i = 0; i < bytes.length; i += CHUNK) {
    binary += String.fromCharCode(...bytes.subarray(i, i + CHUNK));
  }
  return btoa(binary);
}

export async function filesToImport(files: Iterable<File>): Promise<Array<{ name: string; dataBase64: string }>> {
  const out: Array<{ name: string; dataBase64: string }> = [];
  for (const f of files) out.push({ name: f.name, dataBase64: await fileToBase64(f) });
  return out;
}

/**
 * Splits files into import calls of at most `limit` base64 characters each (the
 * host refuses bigger requests), keeping their order. A single file over the limit
 * goes alone; the server refuses it with the size message.
 */
export function importBatches<F extends { dataBase64: string }>(files: readonly F[], limit: number): F[][] {
  const out: F[][] = [];
  let batch: F[] = [];
  let size = 0;
  for (const f of files) {
    if (batch.length > 0 && size + f.dataBase64.length > limit) {
      out.push(batch);
      batch = [];
      size = 0;
    }
    batch.push(f);
    size += f.dataBase64.length;
  }
  if (batch.length > 0) out.push(batch);
  return out;
}

/** Offers text content as a download (browser host: no native save dialog). */
export function downloadText(filename: string, mime: string, content: string): void {
  const blob = new Blob([content], { type: mime });
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = filename;
  a.rel = 'noopener';
  document.body.appendChild(a);
  a.click();
  a.remove();
  // revoke later: some browsers start the download asynchronously
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

// How the UI names where a text came from: the outlet when known, else the article's
// title in quotation marks (so it reads as an article, not an outlet), else its file.
export function sourceLabel(a: { outlet: string | null; title: string | null; file?: string | null; id?: number }): string {
  if (a.outlet) return a.outlet;
  if (a.title) return `“${a.title}”`;
  if (a.file) return a.file;
  return a.id !== undefined ? `article ${a.id}` : 'unknown source';
}

// Reading the Microsoft Research Paraphrase Corpus split files (tab-separated:
// Quality, #1 ID, #2 ID, #1 String, #2 String; first line is a header).
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export interface MsrpPair {
  label: 0 | 1;
  a: string;
  b: string;
}

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
export const evalRoot = path.resolve(repoRoot, '..', 'shared', 'eval');
export const msrpDir = path.join(evalRoot, 'msrp');

export function readMsrp(file: string): MsrpPair[] {
  const lines = fs.readFileSync(path.join(msrpDir, file), 'utf8').split(/\r?\n/).slice(1);
  const out: MsrpPair[] = [];
  for (const line of lines) {
    // split on tabs only: sentences contain quote characters, so no CSV quoting rules apply
    const cols = line.split('\t');
    if (cols.length < 5) continue;
    out.push({ label: cols[0] === '1' ? 1 : 0, a: cols[3] as string, b: cols[4] as string });
  }
  return out;
}

export function scoreBinary(gold: readonly number[], pred: readonly boolean[]): { accuracy: number; f1: number } {
  let tp = 0, fp = 0, fn = 0, ok = 0;
  gold.forEach((g, i) => {
    const p = pred[i] === true;
    if (p === (g === 1)) ok++;
    if (p && g === 1) tp++;
    else if (p) fp++;
    else if (g === 1) fn++;
  });
  const precision = tp + fp ? tp / (tp + fp) : 0;
  const recall = tp + fn ? tp / (tp + fn) : 0;
  return { accuracy: ok / gold.length, f1: precision + recall ? (2 * precision * recall) / (precision + recall) : 0 };
}

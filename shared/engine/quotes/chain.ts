// Quoted fragments in a row: "Guns are “the ultimate crisis” and “stunt growth,” Dean proclaimed."
// and "‘They are painful’ but necessary ‘for the business,’ he said." The attribution after the
// last fragment reports the whole run, so a fragment before it that found only a clause subject
// (or nothing) takes that attribution.
import { isCue, type Attribution } from './attrib';
import type { Token } from './tokens';

export interface ChainLink {
  /** first token of the quotation and first token after it */
  qFrom: number;
  qTo: number;
  sentenceStart: number;
  attribution: Attribution | null;
}

/** Only a few words, and no reporting verb or clause end, between two fragments. */
const MAX_GAP = 6;

function weak(tokens: readonly Token[], l: ChainLink): boolean {
  const a = l.attribution;
  return !a || (a.cueFrom >= 0 && a.cueFrom < l.qFrom && !isCue(tokens[a.cueFrom]!, true));
}

/** Indices of links whose attribution should be the next link's, with that attribution. */
export function chainedAttributions(tokens: readonly Token[], links: readonly ChainLink[]): Map<number, Attribution> {
  const out = new Map<number, Attribution>();
  for (let i = links.length - 2; i >= 0; i--) {
    const cur = links[i]!;
    const next = links[i + 1]!;
    const nextAttr = out.get(i + 1) ?? next.attribution;
    if (!nextAttr || nextAttr.cueFrom < next.qTo || cur.sentenceStart !== next.sentenceStart || !weak(tokens, cur)) continue;
    if (next.qFrom - cur.qTo > MAX_GAP) continue;
    let clean = true;
    for (let k = cur.qTo; k < next.qFrom; k++) {
      const t = tokens[k]!;
      if ((t.punct && /[.;:!?()]/.test(t.w)) || isCue(t, true)) clean = false;
    }
    if (clean) out.set(i, nextAttr);
  }
  return out;
}

// Reviewer corrections of quotes, by stable key (article hash + quote span): the
// speaker is an entity, a typed name, nobody, or the marks hold no quote at all.
// Applied when quotes are read, so they survive every re-analysis and reach every
// report (reports are rendered from the same read).
import { ServiceError, STALE_QUOTE } from '../../../shared/api/errors';
import type { QuoteKey, SpeakerCorrection } from '../../../shared/api/types';
import type { Store } from '../../store';
import type { ActionRecord, StoredCorrection } from '../../store/changes';
import { fromSpanKey } from '../../store/keys';
import { perform } from './perform';
import type { Reverted } from './undo-types';

function stored(store: Store, c: SpeakerCorrection): StoredCorrection | null {
  switch (c.kind) {
    case 'entity': {
      const e = store.people.entityByRef(c.entity);
      // the spelling finds the entity again after a re-analysis renumbers it
      return { kind: 'speaker', speaker: e.preferred, spelling: e.spellings[0] ?? e.preferred };
    }
    case 'name':
      return { kind: 'speaker', speaker: c.name, spelling: null };
    case 'no-speaker':
      return { kind: 'no-speaker', speaker: null, spelling: null };
    case 'not-a-quote':
      return { kind: 'not-a-quote', speaker: null, spelling: null };
    case 'engine':
      return null;
  }
}

export function correctQuote(store: Store, projectId: number, quote: QuoteKey, correction: SpeakerCorrection, reviewer: string): void {
  const key = fromSpanKey(quote);
  perform(store, reviewer, () => {
    store.projects.get(projectId);
    const found = store.people.quoteByKey(projectId, key);
    if (!found) throw new ServiceError('stale', STALE_QUOTE);
    const before = store.people.correction(projectId, key);
    const after = stored(store, correction);
    if (correction.kind === 'entity' && store.people.entityByRef(correction.entity).projectId !== projectId) {
      throw new ServiceError('refused', 'That person belongs to another project; nothing was changed.');
    }
    return {
      projectId,
      change: { kind: 'quote', quote: key, before, after, engineSpeaker: found.speaker },
      subject: found.text,
      claims: [],
      finish: () => store.people.setCorrection(projectId, key, after, reviewer),
    };
  });
}

export function revertQuote(store: Store, rec: ActionRecord, reviewer: string): Reverted {
  const c = rec.change;
  if (c.kind !== 'quote') throw new Error(`not a quote correction: ${c.kind}`);
  store.people.setCorrection(rec.projectId, c.quote, c.before, reviewer);
  return { claims: [], change: { kind: 'undo', undid: 'quote' }, cluster: null };
}

import type { ClusterRef } from '../../../shared/api/types';
import type { Change } from '../../store/changes';
import type { StoredKey } from '../../store/keys';

/** What reverting one action did: the undo row's record and where the UI should look. */
export interface Reverted {
  claims: readonly StoredKey[];
  change: Extract<Change, { kind: 'undo' }>;
  cluster: ClusterRef | null;
}

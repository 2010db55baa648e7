import { ClaimDetail } from '../detail/ClaimDetail';
import { QueueFilters } from './QueueFilters';
import { QueueList } from './QueueList';

export function ClaimsView() {
  return (
    <div className="claims-view">
      <section className="queue-pane" aria-label="Claim queue">
        <QueueFilters />
        <QueueList />
      </section>
      <ClaimDetail />
    </div>
  );
}

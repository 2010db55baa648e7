// Virtualised claim queue: only visible rows are rendered and only the pages
// they fall on are fetched, so 50,000 clusters scroll as smoothly as 50.
import { useVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useRef } from 'react';
import { QueueEmpty } from './QueueEmpty';
import { rowAt, useQueue } from '../stores/queue';
import { useSelection } from '../stores/selection';
import { QueueRow, ROW_HEIGHT } from './QueueRow';

export function QueueList() {
  const total = useQueue((s) => s.total);
  const pages = useQueue((s) => s.pages);
  const ensureRange = useQueue((s) => s.ensureRange);
  const index = useSelection((s) => s.index);
  const selectIndex = useSelection((s) => s.selectIndex);
  const parentRef = useRef<HTMLDivElement>(null);
  const count = Math.max(0, total);

  const virtualizer = useVirtualizer({
    count,
    getScrollElement: () => parentRef.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 12,
    // rows show on the first paint, before the list is measured (and in tests without layout)
    initialRect: { width: 0, height: 800 },
  });
  const items = virtualizer.getVirtualItems();
  const first = items[0]?.index ?? 0;
  const last = items[items.length - 1]?.index ?? 0;

  useEffect(() => {
    if (count > 0) void ensureRange(first, last);
  }, [first, last, count, ensureRange]);

  useEffect(() => {
    if (index !== null && index < count) virtualizer.scrollToIndex(index, { align: 'auto' });
  }, [index, count, virtualizer]);

  const onKeyDown = (e: React.KeyboardEvent) => {
    const page = Math.max(1, Math.floor((parentRef.current?.clientHeight ?? 600) / ROW_HEIGHT) - 1);
    const at = index ?? -1;
    const to: Record<string, number> = { ArrowDown: at + 1, ArrowUp: at - 1, Home: 0, End: count - 1, PageDown: at + page, PageUp: at - page };
    const target = to[e.key];
    if (target === undefined) return;
    e.preventDefault();
    void selectIndex(target);
  };

  if (total === 0) return <QueueEmpty />;

  return (
    <div
      ref={parentRef}
      className="queue-list"
      role="listbox"
      tabIndex={0}
      aria-label="Claim clusters"
      aria-activedescendant={index !== null ? `cluster-opt-${index}` : undefined}
      onKeyDown={onKeyDown}
    >
      <div style={{ height: virtualizer.getTotalSize(), position: 'relative' }}>
        {items.map((vi) => (
          <QueueRow
            key={vi.key}
            index={vi.index}
            total={count}
            top={vi.start}
            row={rowAt({ pages }, vi.index)}
            selected={vi.index === index}
            onSelect={() => void selectIndex(vi.index)}
          />
        ))}
      </div>
    </div>
  );
}

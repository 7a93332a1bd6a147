import { useState } from 'react';
import type { ReactNode } from 'react';

interface Props<T> {
  items: readonly T[];
  rowHeight: number;
  height: number;
  renderRow: (item: T, index: number) => ReactNode;
  rowKey: (item: T) => string;
  /** Rows of a list rather than of a table (no cells inside): list/listitem roles, not rows. */
  list?: boolean;
  /** The scroll box's accessible name (it takes keyboard focus, so it can be scrolled by keys). */
  label?: string;
}

const OVERSCAN = 8;

/** Renders only the rows in view (plus a few), so thousands of rows scroll without lag. */
export function VirtualRows<T>({
  items,
  rowHeight,
  height,
  renderRow,
  rowKey,
  list = false,
  label,
}: Props<T>) {
  const [scrollTop, setScrollTop] = useState(0);
  const first = Math.max(0, Math.floor(scrollTop / rowHeight) - OVERSCAN);
  const last = Math.min(items.length, Math.ceil((scrollTop + height) / rowHeight) + OVERSCAN);
  return (
    <div
      className="virtual"
      style={{ height }}
      onScroll={(e) => setScrollTop(e.currentTarget.scrollTop)}
      role={list ? 'list' : 'rowgroup'}
      tabIndex={0}
      aria-label={label}
    >
      <div style={{ height: items.length * rowHeight, position: 'relative' }}>
        {items.slice(first, last).map((item, i) => (
          <div
            key={rowKey(item)}
            className="virtual-row"
            style={{ top: (first + i) * rowHeight, height: rowHeight }}
            role={list ? 'listitem' : 'row'}
          >
            {renderRow(item, first + i)}
          </div>
        ))}
      </div>
    </div>
  );
}

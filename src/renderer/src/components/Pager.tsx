import { useState } from 'react';
import './pager.css';
import { useI18n } from '../lib/i18n';

/**
 * One page of a long list and the controls to move between pages, so an account with hundreds of
 * tickets stays a screen tall. The page resets when the list itself changes (another account).
 */
export function usePage<T>(items: readonly T[], size: number) {
  const pages = Math.max(1, Math.ceil(items.length / size));
  // The page belongs to the list it was chosen for: another list (another account) starts at 0.
  const [chosen, setChosen] = useState<{ items: readonly T[]; page: number }>({ items, page: 0 });
  const page = chosen.items === items ? chosen.page : 0;
  const setPage = (next: number) => setChosen({ items, page: next });
  const current = Math.min(page, pages - 1);
  return {
    page: current,
    pages,
    setPage,
    rows: items.slice(current * size, current * size + size),
    from: items.length === 0 ? 0 : current * size + 1,
    to: Math.min(items.length, current * size + size),
    total: items.length,
  };
}

interface PagerProps {
  /** What the list is ("Support tickets"), for the controls' accessible name. */
  list: string;
  page: number;
  pages: number;
  from: number;
  to: number;
  total: number;
  setPage: (page: number) => void;
  testId?: string;
}

/** Previous / next and "21–40 of 312"; nothing at all when the list fits one page. */
export function Pager({ list, page, pages, from, to, total, setPage, testId }: PagerProps) {
  const { t, number } = useI18n();
  if (pages <= 1) return null;
  return (
    <nav className="pager" aria-label={t('list.pager', { list })} data-testid={testId}>
      <button type="button" disabled={page === 0} onClick={() => setPage(page - 1)}>
        {t('list.prev')}
      </button>
      <span className="pager-range" aria-live="polite">
        {t('list.range', { from: number(from), to: number(to), total: number(total) })}
      </span>
      <button type="button" disabled={page >= pages - 1} onClick={() => setPage(page + 1)}>
        {t('list.next')}
      </button>
    </nav>
  );
}

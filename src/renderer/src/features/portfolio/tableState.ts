import type { SavedViewState, TableSortKey } from '../../../../shared/ipc/contract';

/** The table's filters and sort; segment and owner also filter the metrics and charts. */
export interface TableState {
  search: string;
  segment: string | null;
  owner: string | null;
  band: string | null;
  sortBy: TableSortKey;
  sortDir: 'asc' | 'desc';
  /** Churned accounts are hidden unless asked for: they have no ARR or renewal left to act on. */
  showChurned: boolean;
}

export const INITIAL_TABLE: TableState = {
  search: '',
  segment: null,
  owner: null,
  band: null,
  sortBy: 'name',
  sortDir: 'asc',
  showChurned: false,
};

/** The request fields: unset filters are left out rather than sent as null. */
export function tableQuery(s: TableState) {
  return {
    sortBy: s.sortBy,
    sortDir: s.sortDir,
    includeChurned: s.showChurned,
    ...(s.search.trim() ? { search: s.search.trim() } : {}),
    ...(s.segment ? { segment: s.segment } : {}),
    ...(s.owner ? { owner: s.owner } : {}),
    ...(s.band ? { band: s.band } : {}),
  };
}

export function fromView(view: SavedViewState): TableState {
  return {
    search: view.search,
    segment: view.segment,
    owner: view.owner,
    band: view.band,
    sortBy: view.sortBy,
    sortDir: view.sortDir,
    showChurned: false,
  };
}

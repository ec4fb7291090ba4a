import { useSearchParams } from 'react-router';
import {
  clearFilters,
  filterQuery,
  type MenuSearchState,
  parseMenuSearch,
  patchMenuSearch,
  toMenuSearchParams,
} from './menu-search-state';

/** The menu's filter, read from and written to the URL (so the back button and links keep the view). */
export function useMenuSearch() {
  const [params, setParams] = useSearchParams();
  const state = parseMenuSearch(params);

  const write = (next: (previous: MenuSearchState) => MenuSearchState) =>
    setParams(
      (previous) => {
        const before = parseMenuSearch(previous);
        const after = next(before);
        const written = toMenuSearchParams(after);
        // The calendar's month and mode survive filter changes; another menu year opens on its own month.
        for (const key of ['month', 'view']) {
          const value = previous.get(key);
          if (value && !(key === 'month' && after.year !== before.year)) written.set(key, value);
        }
        return written;
      },
      { replace: true },
    );

  return {
    state,
    /** Also the link to the same filter in another view. */
    search: filterQuery(state),
    update: (patch: Partial<MenuSearchState>) => write((previous) => patchMenuSearch(previous, patch)),
    clear: () => write(clearFilters),
    setExtra: (key: string, value: string) =>
      setParams(
        (previous) => {
          const next = new URLSearchParams(previous);
          if (value) next.set(key, value);
          else next.delete(key);
          return next;
        },
        { replace: true },
      ),
    params,
  };
}

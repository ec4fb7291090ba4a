import { useSearchParams } from 'react-router';

/**
 * The address with some of its parameters changed: a value sets its key, an empty one removes it, and
 * any change but a page turn (`resetPage` false) starts again at the first page, whose number the
 * address leaves out.
 */
export function applyFilterPatch(
  previous: URLSearchParams,
  patch: Record<string, string>,
  resetPage = true,
): URLSearchParams {
  const next = new URLSearchParams(previous);
  for (const [key, value] of Object.entries(patch)) {
    if (value) next.set(key, value);
    else next.delete(key);
  }
  if (resetPage) next.delete('page');
  return next;
}

/**
 * A list page's filters, sort and page kept in the address, so that a link reproduces the view; the
 * changes replace the history entry, so Back leaves the page rather than undoing each keystroke.
 */
export function useUrlFilters() {
  const [params, setParams] = useSearchParams();
  const update = (patch: Record<string, string>, resetPage = true) =>
    setParams((previous) => applyFilterPatch(previous, patch, resetPage), { replace: true });
  return { params, update };
}

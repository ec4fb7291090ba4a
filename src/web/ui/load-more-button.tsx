import { Button } from '@mantine/core';

interface Pages {
  hasNextPage: boolean;
  isFetchingNextPage: boolean;
  fetchNextPage: () => unknown;
}

/** "Load more" under a cursor-paged list (TanStack infinite query); hidden on the last page. */
export function LoadMoreButton({ pages, label }: { pages: Pages; label: string }) {
  if (!pages.hasNextPage) return null;
  return (
    <Button
      variant="light"
      onClick={() => void pages.fetchNextPage()}
      loading={pages.isFetchingNextPage}
      style={{ alignSelf: 'flex-start' }}
    >
      {label}
    </Button>
  );
}

import type { useCursorPages } from './useCursorPages';

/** Previous / Next for a cursor-paginated list. */
export function Pager({ pages, nextCursor, label }: { pages: ReturnType<typeof useCursorPages>; nextCursor: string | null; label: string }) {
  if (!pages.hasPrevious && !nextCursor) return null;
  return (
    <nav class="pager" aria-label={`${label} pages`}>
      <button type="button" disabled={!pages.hasPrevious} onClick={pages.previous}>
        Previous
      </button>
      <span>Page {pages.pageNumber}</span>
      <button type="button" disabled={!nextCursor} onClick={() => nextCursor && pages.next(nextCursor)}>
        Next
      </button>
    </nav>
  );
}

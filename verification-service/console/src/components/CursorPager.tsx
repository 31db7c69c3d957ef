import type { CursorPages } from './useCursorPages';

/**
 * Previous / next buttons over a list's cursor pages (useCursorPages), and the page number when it is
 * known; `label` names the list for screen readers.
 */
export function CursorPager({
  label,
  pages,
  nextCursor,
}: {
  label: string;
  pages: CursorPages;
  nextCursor: string | null;
}) {
  if (!pages.hasPrevious && !nextCursor) return null;
  return (
    <nav class="pager" aria-label={`${label} pages`}>
      <button type="button" disabled={!pages.hasPrevious} onClick={pages.previous}>
        ← Previous
      </button>
      {pages.pageNumber !== undefined && <span>Page {pages.pageNumber}</span>}
      <button type="button" disabled={!nextCursor} onClick={() => nextCursor && pages.next(nextCursor)}>
        Next →
      </button>
    </nav>
  );
}

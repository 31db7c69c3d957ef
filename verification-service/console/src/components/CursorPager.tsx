/**
 * Previous / next buttons for cursor pages; `label` names the list for screen readers. The API only
 * hands out "next" cursors: callers keep the earlier ones (useCursorStack, useCursorPages).
 */
export function CursorPager({
  label,
  hasPrevious,
  nextCursor,
  onPrevious,
  onNext,
  pageNumber,
}: {
  label: string;
  hasPrevious: boolean;
  nextCursor: string | null;
  onPrevious: () => void;
  onNext: (cursor: string) => void;
  pageNumber?: number;
}) {
  if (!hasPrevious && !nextCursor) return null;
  return (
    <nav class="pager" aria-label={`${label} pages`}>
      <button type="button" disabled={!hasPrevious} onClick={onPrevious}>
        ← Previous
      </button>
      {pageNumber !== undefined && <span>Page {pageNumber}</span>}
      <button type="button" disabled={!nextCursor} onClick={() => nextCursor && onNext(nextCursor)}>
        Next →
      </button>
    </nav>
  );
}

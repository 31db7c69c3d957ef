/** Previous / next buttons for cursor pages; `label` names the list for screen readers. */
export function CursorPager({ label, hasPrevious, nextCursor, onPrevious, onNext }: { label: string; hasPrevious: boolean; nextCursor: string | null; onPrevious: () => void; onNext: (cursor: string) => void }) {
  if (!hasPrevious && !nextCursor) return null;
  return (
    <nav class="pager" aria-label={`${label} pages`}>
      <button type="button" disabled={!hasPrevious} onClick={onPrevious}>
        ← Previous
      </button>
      <button type="button" disabled={!nextCursor} onClick={() => nextCursor && onNext(nextCursor)}>
        Next →
      </button>
    </nav>
  );
}

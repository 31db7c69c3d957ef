import { CursorPager } from '../../../components/CursorPager';
import type { useCursorPages } from './useCursorPages';

/** The console's pager over a configuration list's cursor state. */
export function Pager({
  pages,
  nextCursor,
  label,
}: {
  pages: ReturnType<typeof useCursorPages>;
  nextCursor: string | null;
  label: string;
}) {
  return (
    <CursorPager
      label={label}
      hasPrevious={pages.hasPrevious}
      nextCursor={nextCursor}
      onPrevious={pages.previous}
      onNext={pages.next}
      pageNumber={pages.pageNumber}
    />
  );
}

import { useState } from 'preact/hooks';

/**
 * Cursor pagination state: the cursor of the page shown and the ones before it, so "Previous"
 * goes back without the API needing backward cursors. `reset()` when filters change.
 */
export function useCursorPages() {
  const [stack, setStack] = useState<(string | undefined)[]>([undefined]);
  const cursor = stack[stack.length - 1];
  return {
    cursor,
    pageNumber: stack.length,
    hasPrevious: stack.length > 1,
    next: (nextCursor: string) => setStack((s) => [...s, nextCursor]),
    previous: () => setStack((s) => (s.length > 1 ? s.slice(0, -1) : s)),
    reset: () => setStack([undefined]),
  };
}

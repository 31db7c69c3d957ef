import { useState } from 'preact/hooks';

/**
 * The cursors of the pages before the current one, so "Previous" can go back on an API that only
 * hands out "next" cursors. `key` is the filter set: a new one starts again from the first page.
 */
export function useCursorStack(key: string): {
  previous: (string | undefined)[];
  push: (current: string | undefined) => void;
  pop: () => string | undefined | null;
} {
  const [state, setState] = useState<{ key: string; stack: (string | undefined)[] }>({ key, stack: [] });
  const stack = state.key === key ? state.stack : [];
  return {
    previous: stack,
    push: (current) => setState({ key, stack: [...stack, current] }),
    /** The cursor to go back to (undefined: the first page), or null when already on the first page. */
    pop: () => {
      if (stack.length === 0) return null;
      const last = stack[stack.length - 1];
      setState({ key, stack: stack.slice(0, -1) });
      return last;
    },
  };
}

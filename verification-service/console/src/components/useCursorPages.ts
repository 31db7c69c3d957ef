import { useState } from 'preact/hooks';

/** A page cursor kept in the URL: the one shown, and how to show another. */
export interface UrlCursor {
  cursor: string | undefined;
  go: (cursor: string | undefined) => void;
}

export interface CursorPages {
  /** The cursor of the page shown (undefined: the first page). */
  cursor: string | undefined;
  /** Counted only when the hook holds the cursor: a URL can open on any page. */
  pageNumber: number | undefined;
  hasPrevious: boolean;
  next: (cursor: string) => void;
  previous: () => void;
  /** Back to the first page, for a list whose filters changed without a `key`. */
  reset: () => void;
}

interface State {
  key: string;
  previous: (string | undefined)[];
  cursor: string | undefined;
}

/**
 * Cursor pages on an API that only hands out "next" cursors: the cursors of the pages before the one
 * shown, so "Previous" can go back. `key` is the filter set: a new one starts again from the first page.
 * With `url`, the page shown is the URL's and moving to another goes through `url.go`.
 */
export function useCursorPages(key = '', url?: UrlCursor): CursorPages {
  const first: State = { key, previous: [], cursor: undefined };
  const [state, setState] = useState<State>(first);
  const own = state.key === key ? state : first;
  const cursor = url ? url.cursor : own.cursor;
  const move = (previous: (string | undefined)[], to: string | undefined) => {
    setState({ key, previous, cursor: to });
    url?.go(to);
  };
  return {
    cursor,
    pageNumber: url ? undefined : own.previous.length + 1,
    hasPrevious: own.previous.length > 0,
    next: (to) => move([...own.previous, cursor], to),
    previous: () => {
      if (own.previous.length > 0) move(own.previous.slice(0, -1), own.previous[own.previous.length - 1]);
    },
    reset: () => setState(first),
  };
}

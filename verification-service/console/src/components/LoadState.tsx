import type { ComponentChildren } from 'preact';
import type { Loaded } from './useLoad';
import { ErrorNotice } from './ErrorNotice';

/** Loading text, the error, or the children rendered with the data. */
export function LoadState<T>({
  state,
  children,
  what,
}: {
  state: Loaded<T>;
  what: string;
  children: (data: T) => ComponentChildren;
}) {
  if (state.status === 'loading') return <p aria-live="polite">Loading {what}…</p>;
  if (state.status === 'error') return <ErrorNotice error={state.error} />;
  return <>{children(state.data)}</>;
}

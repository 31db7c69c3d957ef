import { ErrorNotice } from '../../../components/ErrorNotice';
import type { useAction } from './useAction';

/** The outcome of a `useAction` call: its error as a problem notice, or its success message. */
export function ActionFeedback({ action }: { action: ReturnType<typeof useAction> }) {
  if (action.error) return <ErrorNotice error={action.error} />;
  if (action.message)
    return (
      <p class="notice notice-ok" role="status">
        {action.message}
      </p>
    );
  return null;
}

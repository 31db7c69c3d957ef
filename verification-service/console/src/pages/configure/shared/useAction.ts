import { useState } from 'preact/hooks';

/**
 * One button's API call: `busy` while it runs, the `error` it failed with (for ErrorNotice) and a
 * success `message`; a new run clears both.
 */
export function useAction() {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [message, setMessage] = useState<string | null>(null);
  const run = async (work: () => Promise<string | null | void>): Promise<boolean> => {
    setBusy(true);
    setError(null);
    setMessage(null);
    try {
      const done = await work();
      if (typeof done === 'string') setMessage(done);
      return true;
    } catch (e) {
      setError(e);
      return false;
    } finally {
      setBusy(false);
    }
  };
  return { busy, error, message, run, clear: () => (setError(null), setMessage(null)) };
}

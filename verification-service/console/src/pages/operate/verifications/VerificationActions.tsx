import { useState } from 'preact/hooks';
import type { Channel, Verification } from '@helpdesk-verify/core-client/schemas';
import { api } from '../../../api';
import { ErrorNotice } from '../../../components/ErrorNotice';

/** Cancel (with a reason) or resend a fresh link, for agents and admins while the verification runs. */
export function VerificationActions({
  verification,
  channels,
  onChanged,
}: {
  verification: Verification;
  channels: readonly Channel[];
  onChanged: () => void;
}) {
  const [reason, setReason] = useState('');
  const [resendChannels, setResendChannels] = useState<Channel[]>(() => [
    ...new Set(verification.deliveries.map((d) => d.channel)),
  ]);
  const [busy, setBusy] = useState<'cancel' | 'resend' | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [done, setDone] = useState<string | null>(null);

  const run = async (kind: 'cancel' | 'resend', call: () => Promise<unknown>, message: string) => {
    setBusy(kind);
    setError(null);
    setDone(null);
    try {
      await call();
      setDone(message);
      onChanged();
    } catch (e) {
      setError(e);
    } finally {
      setBusy(null);
    }
  };

  return (
    <section class="card" aria-labelledby="actions-title">
      <h2 id="actions-title">Actions</h2>
      <div class="actions">
        <form
          aria-label="Resend the link"
          onSubmit={(e) => {
            e.preventDefault();
            void run(
              'resend',
              () =>
                api.resendVerification({
                  params: { id: verification.id },
                  body: resendChannels.length ? { channels: resendChannels } : {},
                }),
              'A fresh link was sent; the previous one no longer works.',
            );
          }}
        >
          <fieldset>
            <legend>Resend by</legend>
            <div class="checkbox-row">
              {channels.map((c) => (
                <label key={c}>
                  <input
                    type="checkbox"
                    checked={resendChannels.includes(c)}
                    onChange={(e) =>
                      setResendChannels(
                        e.currentTarget.checked ? [...resendChannels, c] : resendChannels.filter((x) => x !== c),
                      )
                    }
                  />
                  {c === 'sms' ? 'SMS' : 'Email'}
                </label>
              ))}
            </div>
          </fieldset>
          <button type="submit" class="button-primary" disabled={busy !== null}>
            {busy === 'resend' ? 'Sending…' : 'Resend link'}
          </button>
        </form>
        <form
          aria-label="Cancel the verification"
          onSubmit={(e) => {
            e.preventDefault();
            void run(
              'cancel',
              () => api.cancelVerification({ params: { id: verification.id }, body: { reason } }),
              'The verification was cancelled.',
            );
          }}
        >
          <div>
            <label for="cancel-reason">Cancel reason</label>
            <input
              id="cancel-reason"
              maxLength={500}
              value={reason}
              onInput={(e) => setReason(e.currentTarget.value)}
            />
          </div>
          <button type="submit" class="button-danger" disabled={busy !== null}>
            {busy === 'cancel' ? 'Cancelling…' : 'Cancel verification'}
          </button>
        </form>
      </div>
      {error !== null && <ErrorNotice error={error} />}
      {done && (
        <p class="notice notice-ok" role="status">
          {done}
        </p>
      )}
    </section>
  );
}

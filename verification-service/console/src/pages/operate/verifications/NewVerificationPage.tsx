import { useEffect, useState } from 'preact/hooks';
import { useLocation } from 'preact-iso';
import type { Channel, ContactChoice } from '@helpdesk-verify/core-client/schemas';
import { ApiError } from '@helpdesk-verify/core-client/client';
import { api } from '../../../api';
import { ErrorNotice } from '../../../components/ErrorNotice';
import { useSession } from '../../../sessionContext';
import type { PageProps } from '../../../ConsoleRoute';
import { useLinks } from '../useLinks';
import '../operate.css';

const newKey = () => crypto.randomUUID();

/**
 * Sends a verification for a help desk without a ticketing integration: ticket system `console`,
 * the signed-in user as the agent, one Idempotency-Key per form so a double submit sends once.
 */
export function NewVerificationPage(_: PageProps) {
  const session = useSession();
  const { route } = useLocation();
  const links = useLinks().filter((l) => !l.archived);
  const [linkId, setLinkId] = useState('');
  const [email, setEmail] = useState('');
  const [channels, setChannels] = useState<Channel[]>([]);
  const [contacts, setContacts] = useState<{ email: ContactChoice; sms: ContactChoice }>({
    email: 'work',
    sms: 'work',
  });
  const [reason, setReason] = useState('');
  const [ticketId, setTicketId] = useState('');
  const [ticketUrl, setTicketUrl] = useState('');
  const [idempotencyKey, setIdempotencyKey] = useState(newKey);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);

  const link = links.find((l) => l.id === linkId) ?? links[0];
  // Runs when the chosen Link changes (by id), not on each render's new `link` object.
  useEffect(() => {
    if (link && link.id !== linkId) setLinkId(link.id);
    if (link)
      setChannels((current) =>
        current.length && current.every((c) => link.channels.includes(c)) ? current : link.channels.slice(0, 1),
      );
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [link?.id]);

  const submit = async (event: Event) => {
    event.preventDefault();
    if (!link) return;
    setBusy(true);
    setError(null);
    try {
      const created = await api.createVerification({
        idempotencyKey,
        body: {
          link_id: link.id,
          employee: { email: email.trim() },
          channels,
          contacts,
          ticket: {
            system: 'console',
            id: ticketId.trim() || `console-${idempotencyKey.slice(0, 8)}`,
            url: ticketUrl.trim() || null,
          },
          agent: { name: session.user.name, email: session.user.email, id: session.user.id },
          reason: reason.trim(),
        },
      });
      route(`/console/verifications/${created.id}`);
    } catch (e) {
      // A refused request changed nothing: the corrected one is a new request. After a network
      // failure or a 5xx the same key is kept, so trying again cannot send twice.
      if (e instanceof ApiError && e.status < 500) setIdempotencyKey(newKey());
      setError(e);
      setBusy(false);
    }
  };

  return (
    <section aria-labelledby="page-title">
      <h1 id="page-title">New verification</h1>
      <p class="muted">The employee gets a link to prove who they are; you follow the result live on the next page.</p>
      <form class="card" onSubmit={submit}>
        <label for="nv-link">Link (verification policy)</label>
        <select id="nv-link" required value={link?.id ?? ''} onChange={(e) => setLinkId(e.currentTarget.value)}>
          {links.length === 0 && <option value="">Loading Links…</option>}
          {links.map((l) => (
            <option key={l.id} value={l.id}>
              {l.name}
            </option>
          ))}
        </select>
        <label for="nv-email">Employee work email</label>
        <input
          id="nv-email"
          type="email"
          required
          autoComplete="off"
          value={email}
          onInput={(e) => setEmail(e.currentTarget.value)}
        />
        <fieldset>
          <legend>Send the link by</legend>
          <div class="checkbox-row">
            {(link?.channels ?? ['email']).map((c) => (
              <label key={c}>
                <input
                  type="checkbox"
                  checked={channels.includes(c)}
                  onChange={(e) =>
                    setChannels(e.currentTarget.checked ? [...channels, c] : channels.filter((x) => x !== c))
                  }
                />
                {c === 'sms' ? 'SMS' : 'Email'}
              </label>
            ))}
          </div>
        </fieldset>
        {channels.map((c) => (
          <div key={c}>
            <label for={`nv-contact-${c}`}>{c === 'sms' ? 'SMS to' : 'Email to'}</label>
            <select
              id={`nv-contact-${c}`}
              value={contacts[c]}
              onChange={(e) => setContacts({ ...contacts, [c]: e.currentTarget.value as ContactChoice })}
            >
              <option value="work">Work contact</option>
              <option value="personal">Personal contact (when locked out of work accounts)</option>
            </select>
          </div>
        ))}
        <label for="nv-reason">Reason (shown to the employee)</label>
        <input id="nv-reason" maxLength={500} value={reason} onInput={(e) => setReason(e.currentTarget.value)} />
        <label for="nv-ticket">Ticket id (optional)</label>
        <input id="nv-ticket" maxLength={200} value={ticketId} onInput={(e) => setTicketId(e.currentTarget.value)} />
        <label for="nv-ticket-url">Ticket URL (optional)</label>
        <input
          id="nv-ticket-url"
          type="url"
          maxLength={2000}
          value={ticketUrl}
          onInput={(e) => setTicketUrl(e.currentTarget.value)}
        />
        {error !== null && <ErrorNotice error={error} />}
        <button type="submit" class="button-primary" disabled={busy || !link || channels.length === 0}>
          {busy ? 'Sending…' : 'Send verification'}
        </button>
      </form>
    </section>
  );
}

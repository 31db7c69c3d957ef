import { useCallback, useEffect, useRef, useState } from 'react';
import { Dots } from '@zendeskgarden/react-loaders';
import { SM } from '@zendeskgarden/react-typography';
import { TERMINAL_STATUSES, type Link, type Verification } from '@helpdesk-verify/core-client/schemas';
import { ApiError, createIdempotencyKey, type TicketingClient } from '@helpdesk-verify/core-client/client';
import { ErrorAlert } from './components/ErrorAlert';
import { HistoryList } from './components/HistoryList';
import { RequesterCard } from './components/RequesterCard';
import { VerificationView } from './components/VerificationView';
import { VerifyForm } from './components/VerifyForm';
import { describeError, type ErrorMessage } from './describeError';
import type { AgentContext } from './loadAgentContext';
import type { SidebarSettings } from './readSettings';

/** Props of {@link App}. */
export interface AppProps {
  hv: TicketingClient;
  settings: SidebarSettings;
  context: AgentContext;
  /** How often a verification that has not ended is read again; default 2000 ms. */
  pollMs?: number;
}

type Channel = Link['channels'][number];
const isOpen = (v: Verification | null) => v !== null && !TERMINAL_STATUSES.includes(v.status);

/**
 * The sidebar: the requester, the Link and channels, Verify identity, the live status of the
 * ticket's latest verification (polled until it ends), resend, cancel, and the requester's history.
 */
export const App = ({ hv, settings, context, pollMs = 2000 }: AppProps) => {
  const { requester, ticket } = context;
  const [links, setLinks] = useState<Link[] | null>(null);
  const [linkId, setLinkId] = useState<string | null>(null);
  const [channels, setChannels] = useState<Channel[]>([]);
  const [current, setCurrent] = useState<Verification | null>(null);
  const [history, setHistory] = useState<Verification[]>([]);
  const [error, setError] = useState<ErrorMessage | null>(null);
  const [busy, setBusy] = useState(false);
  const pendingKey = useRef<string | null>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const focusCurrent = useRef(false);
  const fail = useCallback(
    (thrown: unknown) => setError(describeError(thrown, settings.serviceUrl)),
    [settings.serviceUrl],
  );

  const loadHistory = useCallback(async () => {
    if (!requester.email) return;
    const page = await hv.listVerifications({ query: { employee_email: requester.email, limit: 10 } });
    setHistory(page.data);
  }, [hv, requester.email]);

  const chooseLink = useCallback((all: readonly Link[], id: string) => {
    setLinkId(id);
    const link = all.find((l) => l.id === id);
    setChannels(link ? link.channels.slice(0, 1) : []);
  }, []);

  useEffect(() => {
    let live = true;
    (async () => {
      const [linkPage, latest] = await Promise.all([
        ticket ? hv.listLinks({ query: { limit: 100 } }) : Promise.resolve({ data: [] as Link[] }),
        ticket
          ? hv.listVerifications({ query: { ticket_system: 'zendesk', ticket_id: ticket.id, limit: 1 } })
          : Promise.resolve({ data: [] as Verification[] }),
        loadHistory(),
      ]);
      if (!live) return;
      const usable = linkPage.data.filter((l) => !l.archived);
      setLinks(usable);
      const preferred = usable.find((l) => l.id === settings.defaultLinkId) ?? usable[0];
      if (preferred) chooseLink(usable, preferred.id);
      setCurrent(latest.data[0] ?? null);
      setError(null);
    })().catch((thrown: unknown) => {
      if (live) {
        setLinks((l) => l ?? []);
        fail(thrown);
      }
    });
    return () => {
      live = false;
    };
  }, [hv, ticket, settings.defaultLinkId, loadHistory, chooseLink, fail]);

  // Follow a verification that has not ended; refresh the history once it has.
  const currentId = current?.id;
  const currentOpen = isOpen(current);
  useEffect(() => {
    // After Verify identity the form goes away: move focus to the new status, not to the page body.
    if (currentId && focusCurrent.current) {
      focusCurrent.current = false;
      headingRef.current?.focus();
    }
  }, [currentId]);
  useEffect(() => {
    if (!currentId) return undefined;
    if (!currentOpen) {
      loadHistory().catch(fail);
      return undefined;
    }
    const timer = setInterval(() => {
      hv.getVerification({ params: { id: currentId } }).then((v) => {
        setCurrent(v);
        setError(null);
      }, fail);
    }, pollMs);
    return () => clearInterval(timer);
  }, [hv, currentId, currentOpen, pollMs, loadHistory, fail]);

  const act = async (action: () => Promise<Verification>, focus = false) => {
    setBusy(true);
    try {
      setCurrent(await action());
      setError(null);
      if (focus) focusCurrent.current = true;
    } catch (thrown) {
      fail(thrown);
      throw thrown;
    } finally {
      setBusy(false);
    }
  };

  const verify = () => {
    if (!ticket || !linkId) return;
    pendingKey.current ??= createIdempotencyKey();
    const employee = requester.email ? { email: requester.email } : { phone: requester.phone ?? '' };
    act(
      () =>
        hv.createVerification({
          idempotencyKey: pendingKey.current!,
          body: {
            link_id: linkId,
            employee,
            channels,
            ticket: { system: 'zendesk', id: ticket.id, url: ticket.url },
            agent: { name: context.agent.name, email: context.agent.email, id: context.agent.id },
            reason: `Identity check for support ticket #${ticket.id}`,
            metadata: { zendesk_ticket_id: ticket.id, ...(requester.id ? { zendesk_requester_id: requester.id } : {}) },
          },
        }),
      true,
    ).then(
      () => {
        pendingKey.current = null;
      },
      (thrown: unknown) => {
        // A refused request will be refused again: the next click is a new action. After a network
        // failure the next click repeats this one, with the same key, so it creates one verification.
        if (thrown instanceof ApiError) pendingKey.current = null;
      },
    );
  };

  const blockedBecause =
    !requester.email && !requester.phone
      ? 'The requester has no email address or phone number to send a link to.'
      : links !== null && links.length === 0 && !error
        ? 'No Link is available. Ask an admin to create one in Helpdesk Verify.'
        : channels.length === 0 && linkId
          ? 'Choose at least one channel.'
          : null;

  return (
    <div>
      <RequesterCard requester={requester} />
      {error && <ErrorAlert error={error} />}
      {ticket && links === null && !error && (
        <SM aria-live="polite">
          Loading <Dots size={14} />
        </SM>
      )}
      {ticket && links !== null && !isOpen(current) && (
        <VerifyForm
          links={links}
          linkId={linkId}
          onLinkChange={(id) => chooseLink(links, id)}
          channels={channels}
          onChannelsChange={setChannels}
          onVerify={verify}
          busy={busy}
          blockedBecause={blockedBecause}
        />
      )}
      {current && (
        <VerificationView
          verification={current}
          busy={busy}
          headingRef={headingRef}
          onResend={() =>
            void act(() =>
              hv.resendVerification({
                params: { id: current.id },
                body: { channels: channels.length > 0 ? channels : undefined },
              }),
            ).catch(() => undefined)
          }
          onCancel={() =>
            void act(() =>
              hv.cancelVerification({
                params: { id: current.id },
                body: { reason: `Cancelled by ${context.agent.name} in Zendesk` },
              }),
            ).catch(() => undefined)
          }
        />
      )}
      {requester.email ? (
        <HistoryList verifications={history} />
      ) : (
        <SM>No email address, so no verification history.</SM>
      )}
    </div>
  );
};

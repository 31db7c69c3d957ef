import { useEffect } from 'preact/hooks';
import { TERMINAL_STATUSES, type Verification } from '@helpdesk-verify/core-client/schemas';
import { api } from '../../../api';
import { useLoad } from '../../../components/useLoad';
import { ErrorNotice } from '../../../components/ErrorNotice';
import { StatusBadge } from '../../../components/StatusBadge';
import { formatDateTime } from '../../../components/formatDateTime';
import { formatDuration } from '../../../components/formatDuration';
import { useSession } from '../../../sessionContext';
import type { PageProps } from '../../../ConsoleRoute';
import { useLinks } from '../useLinks';
import { TicketCell } from './TicketCell';
import { VerificationActions } from './VerificationActions';
import { VerificationEvidence } from './VerificationEvidence';
import { VerificationRecords } from './VerificationRecords';
import '../operate.css';

/** How often a running verification is read again, so the agent watches it pass or fail live. */
export const LIVE_POLL_MS = 2000;

/** One verification: who, what happened when, each proof, device and location, risk, messages and actions. */
export function VerificationDetailPage({ params }: PageProps) {
  const id = params.id ?? '';
  const session = useSession();
  const links = useLinks();
  const loaded = useLoad(() => api.getVerification({ params: { id } }), [id]);
  const running = loaded.status === 'ready' && !TERMINAL_STATUSES.includes(loaded.data.status);
  useEffect(() => {
    if (!running) return;
    const timer = setInterval(loaded.reload, LIVE_POLL_MS);
    return () => clearInterval(timer);
  }, [running, loaded.reload]);

  if (loaded.status === 'loading') {
    return (
      <section aria-labelledby="page-title">
        <h1 id="page-title">Verification</h1>
        <p aria-live="polite">Loading…</p>
      </section>
    );
  }
  if (loaded.status === 'error') {
    return (
      <section aria-labelledby="page-title">
        <h1 id="page-title">Verification</h1>
        <ErrorNotice error={loaded.error} />
        <p>
          <a href="/console/verifications">All verifications</a>
        </p>
      </section>
    );
  }
  const v: Verification = loaded.data;
  const link = links.find((l) => l.id === v.link_id);
  const took = v.completed_at ? (Date.parse(v.completed_at) - Date.parse(v.created_at)) / 1000 : null;
  return (
    <section aria-labelledby="page-title">
      <p class="small">
        <a href="/console/verifications">← All verifications</a>
      </p>
      <div class="page-head">
        <h1 id="page-title">Verification</h1>
      </div>
      <div class="card">
        <p class="status-line" aria-live="polite">
          <StatusBadge status={v.status} /> <strong>{v.employee.display_name}</strong>{' '}
          <span class="muted">{v.employee.email}</span>
          {running && <span class="muted small"> · updating live</span>}
        </p>
        {v.outcome_reason && <p>{v.outcome_reason}</p>}
        <dl class="facts">
          <dt>Match code</dt>
          <dd>
            <code>{v.match_code}</code>
          </dd>
          <dt>Link</dt>
          <dd>{link ? link.name : v.link_id}</dd>
          <dt>Ticket</dt>
          <dd>
            <TicketCell ticket={v.ticket} />
          </dd>
          <dt>Agent</dt>
          <dd>
            {v.agent.name}
            {v.agent.email ? ` (${v.agent.email})` : ''}
          </dd>
          <dt>Reason</dt>
          <dd>{v.reason || '—'}</dd>
          <dt>Assurance</dt>
          <dd>
            {v.assurance_reached ?? 'none'} reached of {v.assurance_required} required
          </dd>
          <dt>Created</dt>
          <dd>{formatDateTime(v.created_at)}</dd>
          <dt>{v.completed_at ? 'Completed' : 'Expires'}</dt>
          <dd>
            {v.completed_at
              ? `${formatDateTime(v.completed_at)} (after ${formatDuration(took)})`
              : formatDateTime(v.expires_at)}
          </dd>
          <dt>Id</dt>
          <dd>
            <code>{v.id}</code>
          </dd>
        </dl>
      </div>
      {running && session.user.role !== 'auditor' && (
        <VerificationActions verification={v} channels={link?.channels ?? ['email']} onChanged={loaded.reload} />
      )}
      <VerificationEvidence verification={v} />
      {session.user.role !== 'agent' && <VerificationRecords id={v.id} version={v.updated_at} />}
    </section>
  );
}

import { Tag } from '@zendeskgarden/react-tags';
import { MD, SM } from '@zendeskgarden/react-typography';
import type { Verification } from '@helpdesk-verify/core-client/schemas';
import { STATUS_LABELS } from '../statusLabels';

/** The requester's past verifications, newest first. */
export const HistoryList = ({ verifications }: { verifications: readonly Verification[] }) => (
  <section aria-labelledby="hv-history" data-testid="history" style={{ marginTop: 12 }}>
    <MD id="hv-history" isBold>
      Past verifications
    </MD>
    {verifications.length === 0 ? (
      <SM>None yet.</SM>
    ) : (
      <ul style={{ margin: '4px 0', paddingLeft: 16 }}>
        {verifications.map((v) => (
          <li key={v.id} data-testid="history-item">
            <SM>
              <Tag size="small" hue={STATUS_LABELS[v.status].hue}>
                {STATUS_LABELS[v.status].label}
              </Tag>{' '}
              {new Date(v.created_at).toLocaleString()} ·{' '}
              {v.ticket.system === 'zendesk' ? `ticket #${v.ticket.id}` : `${v.ticket.system} ${v.ticket.id}`}
              {v.risk ? ` · risk ${v.risk.score}` : ''}
            </SM>
          </li>
        ))}
      </ul>
    )}
  </section>
);

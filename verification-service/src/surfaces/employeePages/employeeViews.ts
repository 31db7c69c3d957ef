import type { ProofDefinition, ProofRecord } from '../../domain/proofs/framework/ProofDefinition';
import type { SessionVerification } from '../../domain/verifications/loadSessionVerification';
import { html, type SafeHtml } from '../../kernel/html';
import { layout } from '../pageLayout/layout';
import { reportButton } from './reportViews';

const PROOF_STATUS_TEXT: Record<ProofRecord['status'], string> = {
  pending: 'to do',
  passed: 'done',
  failed: 'failed',
  skipped: 'skipped',
};

function whoIsAsking(v: SessionVerification): SafeHtml {
  return html` <p>
      <strong>${v.agent.name}</strong> from the ${v.orgName} help desk asked to confirm your identity for ticket
      <strong>${v.ticket.id}</strong>.
    </p>
    ${v.reason ? html`<p class="muted">Reason: ${v.reason}</p>` : ''}
    <p>
      Match code <span class="match" aria-label="Match code ${v.matchCode.split('').join(' ')}">${v.matchCode}</span
      ><br />
      <span class="muted">The agent sees the same code on the ticket. If the codes differ, stop.</span>
    </p>`;
}

/** The page a link opens: information and a start button, nothing more (scanners open links too). */
export function landingPage(v: SessionVerification, token: string, reportCsrf?: string): string {
  return layout({
    title: 'Confirm it is you',
    orgName: v.orgName,
    body: html` <h1>Hello ${v.employee.display_name}, confirm it is you</h1>
      <section class="card">${whoIsAsking(v)}</section>
      <p class="warn">
        <strong>Only continue if you contacted the help desk yourself.</strong> If someone called you and asked you to
        open this link, do not continue: report it to your security team.
      </p>
      <section class="card">
        <h2>What you will do</h2>
        <p>This takes about a minute. The link works until ${v.expiresAt.toISOString().slice(11, 16)} UTC.</p>
        <form method="post" action="/v/${token}/start"><button type="submit">Start verification</button></form>
      </section>
      ${reportCsrf ? reportButton({ action: `/v/${token}/report`, csrf: reportCsrf }) : ''}`,
  });
}

/** One page for every way a link cannot be used, with the reason the employee can act on. */
export function linkUnusablePage(
  kind: 'unknown' | 'used' | 'ended' | 'session',
  v?: SessionVerification,
  report?: { token: string; csrf: string },
): string {
  const text: Record<typeof kind, string> = {
    unknown: 'This link is not valid. It may have been replaced by a newer one: use the latest message you received.',
    used: 'This link has already been used. If that was not you, tell the help desk at once.',
    ended:
      v?.status === 'passed'
        ? 'This verification is already complete. You can close this page.'
        : `This verification has ${v?.status === 'pending' || v?.status === 'opened' ? 'expired' : 'ended'}. Ask the help desk for a new link if you still need help.`,
    session: 'Your session has ended. Open the link from your message again, or ask the help desk for a new one.',
  };
  return layout({
    title: 'Link not usable',
    ...(v ? { orgName: v.orgName } : {}),
    body: html`<h1>This link cannot be used</h1>
      <p class="card">${text[kind]}</p>
      ${report ? reportButton({ action: `/v/${report.token}/report`, csrf: report.csrf }) : ''}`,
  });
}

const OUTCOME_TEXT: Record<string, { title: string; body: string }> = {
  passed: {
    title: 'You are verified',
    body: 'Tell the agent you are done. They can now see the result on your ticket. You can close this page.',
  },
  failed: {
    title: 'We could not verify you',
    body: 'The help desk can see why and can start another verification with you. You can close this page.',
  },
  expired: { title: 'This verification expired', body: 'Ask the help desk for a new link.' },
  cancelled: {
    title: 'The help desk cancelled this verification',
    body: 'If you still need help, contact the help desk.',
  },
};

/** The session page: who is asking, the steps, and the current one, or the outcome. */
export function sessionPage(input: {
  verification: SessionVerification;
  proofs: ProofRecord[];
  definitions: ReadonlyMap<string, ProofDefinition>;
  csrfToken: string;
  notice: string | null;
}): string {
  const { verification: v, proofs } = input;
  const ended = OUTCOME_TEXT[v.status];
  const current =
    proofs.find((p) => p.status === 'pending' && p.required) ?? proofs.find((p) => p.status === 'pending');
  const onlyOptionalLeft = current !== undefined && !current.required;
  const definition = current ? input.definitions.get(current.type) : undefined;
  const steps = html`<ol class="proofs">
    ${proofs.map((p) => {
      const d = input.definitions.get(p.type);
      return html`<li>
        ${d?.title ?? p.type}${p.required ? '' : ' (optional)'} —
        <span class="status-${p.status}">${PROOF_STATUS_TEXT[p.status]}</span>
      </li>`;
    })}
  </ol>`;
  const body = ended
    ? html`<section class="card result-${v.status}" role="status">
          <h1>${ended.title}</h1>
          <p>${ended.body}</p>
          <p class="muted">Match code <span class="match">${v.matchCode}</span></p>
        </section>
        ${steps}`
    : html` <h1>Confirm it is you</h1>
        <section class="card">${whoIsAsking(v)}</section>
        <section class="card">
          <h2>Steps</h2>
          ${steps}
        </section>
        ${
          current && definition
            ? html`<section class="card" aria-labelledby="step-title">
                <h2 id="step-title">${definition.title}</h2>
                ${definition.renderPending({ verification: v, proof: current, actionBase: `/session/proofs/${current.type}`, csrfToken: input.csrfToken, notice: input.notice })}
                ${
                  onlyOptionalLeft
                    ? html`<form method="post" action="/session/finish">
                        <input type="hidden" name="csrf" value="${input.csrfToken}" />
                        <button type="submit" class="secondary">Skip the optional steps and finish</button>
                      </form>`
                    : ''
                }
              </section>`
            : ''
        }
        ${reportButton({ action: '/session/report', csrf: input.csrfToken })}`;
  return layout({ title: ended ? ended.title : 'Confirm it is you', orgName: v.orgName, body });
}

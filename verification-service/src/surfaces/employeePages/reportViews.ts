import type { SessionVerification } from '../../domain/verifications/loadSessionVerification';
import type { ReportOutcome } from '../../domain/verifications/reportNotRequested';
import { html, type SafeHtml } from '../../kernel/html';
import { layout } from '../pageLayout/layout';

/** The "I did not request this" form: a plain post, so it works without script. */
export function reportButton(input: { action: string; csrf: string }): SafeHtml {
  return html` <section class="card" aria-labelledby="report-title">
    <h2 id="report-title">Did you not ask the help desk for this?</h2>
    <p class="muted">
      If you did not contact the help desk, someone may be pretending to be you. Press the button: the verification
      stops at once and the help desk is alerted.
    </p>
    <form method="post" action="${input.action}">
      <input type="hidden" name="csrf" value="${input.csrf}" />
      <button type="submit" class="secondary" id="report-not-requested">I did not request this</button>
    </form>
  </section>`;
}

/** What the employee sees after pressing the button: calm, and what (not) to do next. */
export function reportedPage(outcome: ReportOutcome, v?: SessionVerification): string {
  const orgName = v ? { orgName: v.orgName } : {};
  if (outcome.kind === 'reported' || outcome.kind === 'already_reported') {
    return layout({
      title: 'Thank you, the help desk has been alerted',
      ...orgName,
      body: html` <section class="card result-failed" role="status">
        <h1>Thank you. The help desk has been alerted.</h1>
        <p>This verification has been stopped, so it cannot be used to confirm anyone as you.</p>
        <p><strong>You do not need to do anything else.</strong> You can close this page.</p>
        <p class="muted">
          If someone contacts you and asks you to open a link, read out a code or approve a sign-in, do not do it:
          report it to your security team. Do the same if you notice changes to your account you did not make.
        </p>
      </section>`,
    });
  }
  return layout({
    title: 'This verification has already ended',
    ...orgName,
    body: html` <section class="card" role="status">
      <h1>This verification has already ended</h1>
      <p>
        It ended before your report (${outcome.kind === 'ended' ? outcome.status : 'not found'}), so nothing was
        changed.
      </p>
      <p>If you did not contact the help desk, report it to your security team.</p>
    </section>`,
  });
}

import { randomInt } from 'node:crypto';
import type { ProofDefinition, ProofStepContext } from '../framework/ProofDefinition';
import { safeEqual } from '../../../kernel/secrets';
import { html } from '../../../kernel/html';
import { maskPhone } from '../../notifications/maskPhone';

/** One-time code rules (DESIGN.md and NIST SP 800-63B-4). */
export const PHONE_CODE = {
  digits: 6,
  lifetimeMs: 5 * 60_000,
  maxFailures: 5,
  maxSends: 5,
  resendAfterMs: 30_000,
} as const;

interface PhoneCodeState {
  code_mac?: string;
  expires_at?: string;
  sends?: number;
  last_sent_at?: string;
}

/** The phone the code goes to: the contact the agent chose for SMS. */
function targetPhone(step: Pick<ProofStepContext, 'verification'>): string | null {
  const { employee, contacts } = step.verification;
  return contacts.sms === 'personal' ? employee.personal_phone : employee.phone;
}

/** The code's MAC is bound to the verification, so a code can never be replayed on another one. */
const macOf = (step: ProofStepContext, code: string) =>
  step.ctx.key.mac(`phone_code:${step.verification.id}:${code}`).toString('hex');

/**
 * A six-digit code sent by SMS to the phone on file. Five wrong codes fail the proof; sending a new
 * code never resets that count; each code lives five minutes and is used once.
 */
export const phoneCodeProof: ProofDefinition = {
  type: 'phone_code',
  assurance: 'medium',
  title: 'Code sent to your phone',
  description: 'A six-digit one-time code sent by SMS to the phone on file (5 minutes, 5 attempts).',
  precondition({ employee, contacts }) {
    const phone = contacts.sms === 'personal' ? employee.personal_phone : employee.phone;
    return phone
      ? null
      : `The employee has no ${contacts.sms === 'personal' ? 'personal' : 'work'} phone on file for the phone code`;
  },
  actions: {
    async send(step) {
      const state = step.proof.state as PhoneCodeState;
      const now = step.ctx.clock.now();
      const phone = targetPhone(step);
      if (!phone) return { status: 'failed', detail: 'No phone on file for the one-time code' };
      const sends = state.sends ?? 0;
      if (sends >= PHONE_CODE.maxSends) {
        return {
          status: 'pending',
          notice: 'You have asked for the most codes allowed. Use the last code you received.',
        };
      }
      if (state.last_sent_at && now.getTime() - Date.parse(state.last_sent_at) < PHONE_CODE.resendAfterMs) {
        return {
          status: 'pending',
          notice: 'A code was sent a moment ago. Wait 30 seconds before asking for another.',
        };
      }
      const code = String(randomInt(0, 10 ** PHONE_CODE.digits)).padStart(PHONE_CODE.digits, '0');
      const org = step.verification.orgName;
      const expiresAt = new Date(now.getTime() + PHONE_CODE.lifetimeMs);
      // Queued with the new state in this transaction; sent right after the commit.
      await step.services.queueSms(
        {
          to: phone,
          body: `${code} is your ${org} verification code (match code ${step.verification.matchCode}). It expires in 5 minutes. Never share it with anyone, including the help desk.`,
        },
        { expiresAt },
      );
      return {
        status: 'pending',
        state: {
          code_mac: macOf(step, code),
          expires_at: expiresAt.toISOString(),
          sends: sends + 1,
          last_sent_at: now.toISOString(),
        },
        notice: `We sent a code to ${maskPhone(phone)}.`,
      };
    },
    async check(step, input) {
      const state = step.proof.state as PhoneCodeState;
      const code = typeof input.code === 'string' ? input.code.replace(/\s+/g, '') : '';
      if (!state.code_mac || !state.expires_at) {
        return { status: 'pending', notice: 'Ask for a code first.' };
      }
      if (!/^\d{6}$/.test(code)) {
        return { status: 'pending', notice: 'Enter the six digits of the code.' };
      }
      const now = step.ctx.clock.now();
      if (now.getTime() > Date.parse(state.expires_at)) {
        return {
          status: 'pending',
          state: { ...state, code_mac: undefined },
          notice: 'That code has expired. Ask for a new one.',
        };
      }
      if (safeEqual(Buffer.from(macOf(step, code), 'hex'), Buffer.from(state.code_mac, 'hex'))) {
        const { code_mac: _used, ...rest } = state;
        return {
          status: 'passed',
          assurance: 'medium',
          detail: `Entered the code sent by SMS to ${maskPhone(targetPhone(step) ?? '')}`,
          state: rest,
        };
      }
      const failures = step.proof.attempts + 1;
      if (failures >= PHONE_CODE.maxFailures) {
        const { code_mac: _dropped, ...rest } = state;
        return { status: 'failed', detail: `Wrong code entered ${failures} times`, attempts: failures, state: rest };
      }
      const left = PHONE_CODE.maxFailures - failures;
      return {
        status: 'pending',
        attempts: failures,
        notice: `That code is not right. ${left} ${left === 1 ? 'try' : 'tries'} left.`,
      };
    },
  },
  renderPending({ proof, actionBase, csrfToken, notice, verification }) {
    const state = proof.state as PhoneCodeState;
    const phone = targetPhone({ verification });
    const sent = Boolean(state.code_mac);
    return html` <p>We will text a six-digit code to <strong>${maskPhone(phone ?? '')}</strong>.</p>
      ${notice ? html`<p class="notice" role="status">${notice}</p>` : ''}
      ${
        sent
          ? html`<form method="post" action="${actionBase}/check" class="stack">
              <input type="hidden" name="csrf" value="${csrfToken}" />
              <label for="code">Code from the text message</label>
              <input
                id="code"
                name="code"
                inputmode="numeric"
                autocomplete="one-time-code"
                pattern="[0-9]{6}"
                maxlength="6"
                required
                autofocus
              />
              <button type="submit">Check code</button>
            </form>`
          : ''
      }
      <form method="post" action="${actionBase}/send">
        <input type="hidden" name="csrf" value="${csrfToken}" />
        <button type="submit" class="${sent ? 'secondary' : ''}">${sent ? 'Send a new code' : 'Text me a code'}</button>
      </form>`;
  },
};

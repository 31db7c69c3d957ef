import { html } from '../../../kernel/html';
import type { ProofDefinition } from '../framework/ProofDefinition';
import { checkEmployment } from './checkEmployment';

/**
 * Employment: the employee is active in the directory when they start (and, with an LDAP source,
 * in the live directory). A directory fact, not an authenticator, so it only gives "low" assurance;
 * as a required proof it still fails the verification of someone who has left.
 */
export const employmentProof: ProofDefinition = {
  type: 'employment',
  assurance: 'low',
  title: 'Employment',
  description: 'The employee is active in the directory (checked live in LDAP when a source is set up).',
  async onStart({ ctx, tx, verification }) {
    const check = await checkEmployment(ctx, { tx, orgId: verification.orgId, employeeId: verification.employee.id });
    return check.employed
      ? { status: 'passed', assurance: 'low', detail: check.detail }
      : { status: 'failed', detail: check.detail };
  },
  actions: {},
  renderPending: () => html`<p>Checking your employment status with the directory.</p>`,
};

import type { Link, UpdateLinkRequest } from '@helpdesk-verify/core-client/schemas';
import type { AppContext } from '../../kernel/AppContext';
import type { Queryable } from '../../kernel/database';
import { notFound, ProblemError } from '../../kernel/ProblemError';
import { isForeignKeyViolation } from '../../infrastructure/storage/isForeignKeyViolation';
import { assertLinkPolicy, type LinkProofCapability } from './assertLinkPolicy';
import { assertLinkTemplates } from './assertLinkTemplates';
import { templateGone } from './createLink';
import { getLink } from './getLink';
import { toLink, updateActiveLink, type LinkRow } from './linksTable';

/**
 * Changes a Link that is not archived (`invalid_state` otherwise). The proofs/assurance rule is
 * checked on the result when either changes, the templates when one changes; verifications already
 * started keep the proofs they were created with.
 */
export async function updateLink(
  ctx: Pick<AppContext, 'clock'>,
  db: Queryable,
  input: { orgId: string; id: string; changes: UpdateLinkRequest; proofCapabilities: readonly LinkProofCapability[] },
): Promise<Link> {
  const current = await getLink(db, input);
  if (current.archived)
    throw new ProblemError('invalid_state', `Link ${input.id} is archived; create a new Link instead`);
  const { changes } = input;
  const next = {
    name: changes.name ?? current.name,
    description: changes.description ?? current.description,
    proofs: changes.proofs ?? current.proofs,
    assurance: changes.assurance ?? current.assurance,
    lifetime_seconds: changes.lifetime_seconds ?? current.lifetime_seconds,
    single_use: changes.single_use ?? current.single_use,
    channels: [...new Set(changes.channels ?? current.channels)],
    email_template_id: changes.email_template_id !== undefined ? changes.email_template_id : current.email_template_id,
    sms_template_id: changes.sms_template_id !== undefined ? changes.sms_template_id : current.sms_template_id,
  };
  if (changes.proofs !== undefined || changes.assurance !== undefined) assertLinkPolicy(next, input.proofCapabilities);
  if (changes.email_template_id !== undefined || changes.sms_template_id !== undefined) {
    await assertLinkTemplates(db, { orgId: input.orgId, ...next });
  }
  let row: LinkRow | null;
  try {
    row = await updateActiveLink({ db }, { orgId: input.orgId, id: input.id, link: next, at: ctx.clock.now() });
  } catch (error) {
    if (isForeignKeyViolation(error)) throw templateGone();
    throw error;
  }
  if (!row) throw notFound('Link', input.id);
  return toLink(row);
}

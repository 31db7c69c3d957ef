import type { CreateLinkRequest, Link } from '@helpdesk-verify/core-client/schemas';
import type { z } from 'zod';
import type { AppContext } from '../../kernel/AppContext';
import type { Queryable } from '../../kernel/database';
import { ProblemError } from '../../kernel/ProblemError';
import { isForeignKeyViolation } from '../../infrastructure/storage/isForeignKeyViolation';
import { assertLinkPolicy, type LinkProofCapability } from './assertLinkPolicy';
import { assertLinkTemplates } from './assertLinkTemplates';
import { insertLink, toLink } from './linksTable';

/** A template removed between the check and the write: the foreign key catches it. */
export const templateGone = (): ProblemError =>
  new ProblemError('validation_error', 'A template this Link names was deleted meanwhile', {
    errors: [{ path: ['email_template_id'], message: 'template no longer exists' }],
  });

/**
 * Creates a Link (a verification policy) after checking it can be run: every proof it asks for is
 * one this service runs, its required proofs reach its assurance, its templates exist (422 otherwise).
 */
export async function createLink(
  ctx: Pick<AppContext, 'clock' | 'newId'>,
  db: Queryable,
  input: { orgId: string; link: z.output<typeof CreateLinkRequest>; proofCapabilities: readonly LinkProofCapability[] },
): Promise<Link> {
  const { link } = input;
  assertLinkPolicy(link, input.proofCapabilities);
  await assertLinkTemplates(db, { orgId: input.orgId, ...link });
  try {
    const row = await insertLink({ db }, { id: ctx.newId('lnk'), orgId: input.orgId, link, at: ctx.clock.now() });
    return toLink(row);
  } catch (error) {
    if (isForeignKeyViolation(error)) throw templateGone();
    throw error;
  }
}

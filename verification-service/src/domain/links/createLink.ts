import type { CreateLinkRequest, Link } from '@helpdesk-verify/core-client';
import type { z } from 'zod';
import type { AppContext } from '../../kernel/AppContext';
import type { Queryable } from '../../kernel/database';
import { ProblemError } from '../../kernel/ProblemError';
import { isForeignKeyViolation } from '../../infrastructure/storage/isForeignKeyViolation';
import { assertLinkPolicy, type LinkProofCapability } from './assertLinkPolicy';
import { assertLinkTemplates } from './assertLinkTemplates';
import { LINK_COLUMNS, toLink, type LinkRow } from './toLink';

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
  const now = ctx.clock.now();
  try {
    const rows = await db.query<LinkRow>(
      `INSERT INTO links (id, org_id, name, description, proofs, assurance, lifetime_seconds, single_use, channels,
                          email_template_id, sms_template_id, device_policy, allowed_countries, face_match_threshold,
                          archived, created_at, updated_at)
       VALUES ($1, $2, $3, $4, $5::jsonb, $6, $7, $8, $9, $10, $11, $13::jsonb, $14, $15, false, $12, $12) RETURNING ${LINK_COLUMNS}`,
      [
        ctx.newId('lnk'),
        input.orgId,
        link.name,
        link.description,
        JSON.stringify(link.proofs.map((p) => ({ type: p.type, required: p.required }))),
        link.assurance,
        link.lifetime_seconds,
        link.single_use,
        [...new Set(link.channels)],
        link.email_template_id,
        link.sms_template_id,
        now,
        JSON.stringify(link.device_policy),
        [...new Set(link.allowed_countries)],
        link.face_match_threshold,
      ],
    );
    return toLink(rows[0]!);
  } catch (error) {
    if (isForeignKeyViolation(error)) throw templateGone();
    throw error;
  }
}

import type { Link, UpdateLinkRequest } from '@helpdesk-verify/core-client';
import type { AppContext } from '../../kernel/AppContext';
import type { Queryable } from '../../kernel/database';
import { notFound, ProblemError } from '../../kernel/ProblemError';
import { isForeignKeyViolation } from '../../infrastructure/storage/isForeignKeyViolation';
import { assertLinkPolicy, type LinkProofCapability } from './assertLinkPolicy';
import { assertLinkTemplates } from './assertLinkTemplates';
import { templateGone } from './createLink';
import { getLink } from './getLink';
import { LINK_COLUMNS, toLink, type LinkRow } from './toLink';

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
    device_policy: changes.device_policy ?? current.device_policy,
    allowed_countries: [...new Set(changes.allowed_countries ?? current.allowed_countries)],
    face_match_threshold: changes.face_match_threshold ?? current.face_match_threshold,
  };
  if (changes.proofs !== undefined || changes.assurance !== undefined) assertLinkPolicy(next, input.proofCapabilities);
  if (changes.email_template_id !== undefined || changes.sms_template_id !== undefined) {
    await assertLinkTemplates(db, { orgId: input.orgId, ...next });
  }
  let rows: LinkRow[];
  try {
    rows = await db.query<LinkRow>(
      `UPDATE links SET name = $3, description = $4, proofs = $5::jsonb, assurance = $6, lifetime_seconds = $7, single_use = $8,
                        channels = $9, email_template_id = $10, sms_template_id = $11, updated_at = $12,
                        device_policy = $13::jsonb, allowed_countries = $14, face_match_threshold = $15
       WHERE org_id = $1 AND id = $2 AND NOT archived RETURNING ${LINK_COLUMNS}`,
      [
        input.orgId,
        input.id,
        next.name,
        next.description,
        JSON.stringify(next.proofs.map((p) => ({ type: p.type, required: p.required }))),
        next.assurance,
        next.lifetime_seconds,
        next.single_use,
        next.channels,
        next.email_template_id,
        next.sms_template_id,
        ctx.clock.now(),
        JSON.stringify(next.device_policy),
        next.allowed_countries,
        next.face_match_threshold,
      ],
    );
  } catch (error) {
    if (isForeignKeyViolation(error)) throw templateGone();
    throw error;
  }
  const row = rows[0];
  if (!row) throw notFound('Link', input.id);
  return toLink(row);
}

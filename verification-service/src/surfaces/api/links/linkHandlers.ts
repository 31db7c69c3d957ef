import type { AppContext } from '../../../kernel/AppContext';
import type { Handlers } from '../../../infrastructure/http/handler';
import type { LinkProofCapability } from '../../../domain/links/assertLinkPolicy';
import { archiveLink } from '../../../domain/links/archiveLink';
import { createLink } from '../../../domain/links/createLink';
import { getLink } from '../../../domain/links/getLink';
import { listLinks } from '../../../domain/links/listLinks';
import { updateLink } from '../../../domain/links/updateLink';

/**
 * Link CRUD (`createLink` … `archiveLink`), scoped to the caller's organisation. `proofCapabilities`
 * are the proofs this service runs (from the proof registry); Links are checked against them.
 */
export function linkHandlers(
  ctx: AppContext,
  options: { proofCapabilities: readonly LinkProofCapability[] },
): Handlers {
  const { proofCapabilities } = options;
  return {
    createLink: ({ caller, body }) => createLink(ctx, ctx.db, { orgId: caller.orgId, link: body, proofCapabilities }),
    listLinks: ({ caller, query }) => listLinks(ctx.db, { orgId: caller.orgId, ...query }),
    getLink: ({ caller, params }) => getLink(ctx.db, { orgId: caller.orgId, id: params.id }),
    updateLink: ({ caller, params, body }) =>
      updateLink(ctx, ctx.db, { orgId: caller.orgId, id: params.id, changes: body, proofCapabilities }),
    archiveLink: ({ caller, params }) => archiveLink(ctx, ctx.db, { orgId: caller.orgId, id: params.id }),
  };
}

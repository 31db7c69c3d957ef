import { SCIM_SCHEMAS } from '@helpdesk-verify/core-client/schemas';

/** A SCIM ListResponse (RFC 7644 §3.4.2). */
export const listResponse = (resources: unknown[], total: number, startIndex = 1) => ({
  schemas: [SCIM_SCHEMAS.listResponse],
  totalResults: total,
  startIndex,
  itemsPerPage: resources.length,
  Resources: resources,
});

import type { Queryable } from '../../kernel/database';
import {
  listScimEmployeeRows,
  SCIM_FILTERS,
  type ScimEmployeeRow,
  type ScimFilterAttribute,
} from '../../domain/directory/employeesTable';
import { ScimError } from './ScimError';
import { parseScimValueFilter } from './parseScimPath';

const isFilterable = (attribute: string): attribute is ScimFilterAttribute => Object.hasOwn(SCIM_FILTERS, attribute);

/** Users for `GET /Users`: an optional `attr eq "value"` filter, 1-based `startIndex`, `count` per page. */
export async function listScimEmployees(
  ctx: { db: Queryable },
  input: { orgId: string; query: { filter?: string | undefined; startIndex: number; count: number } },
): Promise<{ total: number; rows: ScimEmployeeRow[] }> {
  const { query } = input;
  let filter: { attribute: ScimFilterAttribute; value: string } | null = null;
  if (query.filter) {
    const parsed = parseScimValueFilter(query.filter);
    const attribute = parsed.attribute.toLowerCase();
    if (!isFilterable(attribute) || typeof parsed.value !== 'string')
      throw new ScimError(
        400,
        `Filtering on ${parsed.attribute} is not supported (userName, externalId, id, emails)`,
        'invalidFilter',
      );
    filter = { attribute, value: parsed.value };
  }
  return listScimEmployeeRows(ctx, { orgId: input.orgId, filter, startIndex: query.startIndex, count: query.count });
}

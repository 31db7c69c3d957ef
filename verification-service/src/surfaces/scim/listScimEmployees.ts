import type { Queryable } from '../../kernel/database';
import type { ScimEmployeeRow } from './employeeToScimUser';
import { ScimError } from './ScimError';
import { parseScimValueFilter } from './parseScimPath';
import { SCIM_EMPLOYEE_COLUMNS } from './scimEmployeeColumns';

/** Filterable attributes, as SQL over `e` (`$2` is the value). userName is the login, or the email when there is none. */
const FILTERS: Record<string, string> = {
  username: 'lower(coalesce(e.login, e.email)) = lower($2)',
  externalid: 'e.external_id = $2',
  id: 'e.id = $2',
  'emails.value': 'e.email = lower($2)',
  emails: 'e.email = lower($2)',
};

/** Users for `GET /Users`: an optional `attr eq "value"` filter, 1-based `startIndex`, `count` per page. */
export async function listScimEmployees(
  db: Queryable,
  orgId: string,
  query: { filter?: string | undefined; startIndex: number; count: number },
): Promise<{ total: number; rows: ScimEmployeeRow[] }> {
  const params: unknown[] = [orgId];
  let where = 'e.org_id = $1 AND e.deprovisioned_at IS NULL';
  if (query.filter) {
    const filter = parseScimValueFilter(query.filter);
    const sql = FILTERS[filter.attribute.toLowerCase()];
    if (!sql || typeof filter.value !== 'string')
      throw new ScimError(
        400,
        `Filtering on ${filter.attribute} is not supported (userName, externalId, id, emails)`,
        'invalidFilter',
      );
    params.push(filter.value);
    where += ` AND ${sql}`;
  }
  const [counted] = await db.query<{ total: number }>(
    `SELECT count(*)::int AS total FROM employees e WHERE ${where}`,
    params,
  );
  const rows = await db.query<ScimEmployeeRow>(
    `SELECT ${SCIM_EMPLOYEE_COLUMNS} FROM employees e WHERE ${where} ORDER BY e.created_at, e.id LIMIT ${query.count} OFFSET ${query.startIndex - 1}`,
    params,
  );
  return { total: counted?.total ?? 0, rows };
}

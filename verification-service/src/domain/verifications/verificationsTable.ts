import type {
  Agent,
  OutcomeCounts,
  Assurance,
  DeviceInfo,
  LocationInfo,
  Risk,
  TicketSystem,
  VerificationListQuery,
  VerificationStatus,
} from '@helpdesk-verify/core-client/schemas';
import type { z } from 'zod';
import type { Db, Tx } from '../../kernel/database';
import type { VerificationListPosition } from './verificationListCursor';

/** Every column of `verifications`, in table order. */
export const VERIFICATION_COLUMNS = [
  'id',
  'org_id',
  'link_id',
  'employee_id',
  'status',
  'agent',
  'ticket_system',
  'ticket_id',
  'ticket_url',
  'reason',
  'metadata',
  'contacts',
  'channels',
  'match_code',
  'token_hash',
  'token_used_at',
  'assurance_required',
  'assurance_reached',
  'risk',
  'outcome_reason',
  'device',
  'location',
  'expires_at',
  'opened_at',
  'completed_at',
  'created_at',
  'updated_at',
] as const;

/** The columns of `v`, the verification, in a SELECT list. */
const V = VERIFICATION_COLUMNS.map((column) => `v.${column}`).join(', ');

/** A `verifications` row as both drivers return it. */
export interface VerificationRow {
  id: string;
  org_id: string;
  link_id: string;
  employee_id: string;
  status: VerificationStatus;
  agent: Agent;
  ticket_system: TicketSystem;
  ticket_id: string;
  ticket_url: string | null;
  reason: string;
  metadata: Record<string, string>;
  contacts: { email: 'work' | 'personal'; sms: 'work' | 'personal' };
  channels: ('email' | 'sms')[];
  match_code: string;
  token_used_at: Date | null;
  assurance_required: Assurance;
  assurance_reached: Assurance | null;
  risk: Risk | null;
  outcome_reason: string | null;
  /** jsonb; older rows may lack the fields added later (aaguid, new_device, source). */
  device: Partial<DeviceInfo> | null;
  location: Partial<LocationInfo> | null;
  expires_at: Date;
  opened_at: Date | null;
  completed_at: Date | null;
  created_at: Date;
  updated_at: Date;
  [key: string]: unknown;
}

/** Table functions only send SQL: the AppContext, or any holder of a database or transaction. */

/** A new verification, pending, as `createVerification` stores it. */
export interface NewVerification {
  id: string;
  orgId: string;
  linkId: string;
  employeeId: string;
  agent: Agent;
  ticket: { system: TicketSystem; id: string; url: string | null };
  reason: string;
  metadata: Record<string, string>;
  contacts: VerificationRow['contacts'];
  channels: VerificationRow['channels'];
  matchCode: string;
  tokenHash: Buffer;
  assuranceRequired: Assurance;
  expiresAt: Date;
  at: Date;
}

export async function insertVerification(ctx: Db, input: Tx & { verification: NewVerification }): Promise<void> {
  const v = input.verification;
  await (input.tx ?? ctx.db).query(
    `INSERT INTO verifications (id, org_id, link_id, employee_id, status, agent, ticket_system, ticket_id, ticket_url,
                                reason, metadata, contacts, channels, match_code, token_hash, assurance_required,
                                expires_at, created_at, updated_at)
     VALUES ($1, $2, $3, $4, 'pending', $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $17)`,
    [
      v.id,
      v.orgId,
      v.linkId,
      v.employeeId,
      JSON.stringify(v.agent),
      v.ticket.system,
      v.ticket.id,
      v.ticket.url,
      v.reason,
      JSON.stringify(v.metadata),
      JSON.stringify(v.contacts),
      v.channels,
      v.matchCode,
      v.tokenHash,
      v.assuranceRequired,
      v.expiresAt,
      v.at,
    ],
  );
}

/** The id of the verification whose current link token hashes to `tokenHash`. */
export async function findVerificationIdByTokenHash(
  ctx: Db,
  input: Tx & { tokenHash: Buffer },
): Promise<string | null> {
  const [row] = await (input.tx ?? ctx.db).query<{ id: string }>('SELECT id FROM verifications WHERE token_hash = $1', [
    input.tokenHash,
  ]);
  return row?.id ?? null;
}

export async function verificationExists(ctx: Db, input: Tx & { orgId: string; id: string }): Promise<boolean> {
  const rows = await (input.tx ?? ctx.db).query('SELECT 1 FROM verifications WHERE org_id = $1 AND id = $2', [
    input.orgId,
    input.id,
  ]);
  return rows.length > 0;
}

export async function findVerificationStatus(
  ctx: Db,
  input: Tx & { orgId: string; id: string },
): Promise<VerificationStatus | null> {
  const [row] = await (input.tx ?? ctx.db).query<{ status: VerificationStatus }>(
    'SELECT status FROM verifications WHERE org_id = $1 AND id = $2',
    [input.orgId, input.id],
  );
  return row?.status ?? null;
}

export async function findVerificationEmployeeId(
  ctx: Db,
  input: Tx & { orgId: string; id: string },
): Promise<string | null> {
  const [row] = await (input.tx ?? ctx.db).query<{ employee_id: string }>(
    'SELECT employee_id FROM verifications WHERE org_id = $1 AND id = $2',
    [input.orgId, input.id],
  );
  return row?.employee_id ?? null;
}

/** A verification with the employee it is for, as the API view needs them. */
export type VerificationWithEmployeeRow = VerificationRow & { e_id: string; e_display_name: string; e_email: string };

/** Several verifications of one organisation with their employees, in no particular order. */
export async function findVerificationsWithEmployee(
  ctx: Db,
  input: Tx & { orgId: string; ids: readonly string[] },
): Promise<VerificationWithEmployeeRow[]> {
  return (input.tx ?? ctx.db).query<VerificationWithEmployeeRow>(
    `SELECT ${V}, e.id AS e_id, e.display_name AS e_display_name, e.email AS e_email
       FROM verifications v JOIN employees e ON e.id = v.employee_id
      WHERE v.org_id = $1 AND v.id = ANY($2::text[])`,
    [input.orgId, input.ids],
  );
}

/** A verification with what the employee side shows of its organisation, Link and employee. */
export type SessionVerificationRow = VerificationRow & {
  org_name: string;
  link_name: string;
  single_use: boolean;
  emp: {
    id: string;
    display_name: string;
    email: string;
    personal_email: string | null;
    phone: string | null;
    personal_phone: string | null;
    status: 'active' | 'disabled';
  };
};

/** One verification by id for the employee side, its row locked when `forUpdate`. */
export async function findSessionVerificationRow(
  ctx: Db,
  input: Tx & { id: string; forUpdate?: boolean },
): Promise<SessionVerificationRow | null> {
  const [row] = await (input.tx ?? ctx.db).query<SessionVerificationRow>(
    `SELECT ${V}, o.name AS org_name, l.name AS link_name, l.single_use,
            json_build_object('id', e.id, 'display_name', e.display_name, 'email', e.email,
                              'personal_email', e.personal_email,
                              'phone', e.phone, 'personal_phone', e.personal_phone, 'status', e.status) AS emp
       FROM verifications v
       JOIN organizations o ON o.id = v.org_id
       JOIN links l ON l.id = v.link_id
       JOIN employees e ON e.id = v.employee_id
      WHERE v.id = $1${input.forUpdate ? ' FOR UPDATE OF v' : ''}`,
    [input.id],
  );
  return row ?? null;
}

/** What a resend checks, with the row locked: the state, the Link's channels and how often the link was sent. */
export async function lockVerificationForResend(
  ctx: Db,
  input: Tx & { orgId: string; id: string },
): Promise<{
  status: VerificationStatus;
  channels: VerificationRow['channels'];
  link_channels: VerificationRow['channels'];
  sends: number;
  expires_at: Date;
} | null> {
  const [row] = await (input.tx ?? ctx.db).query<{
    status: VerificationStatus;
    channels: VerificationRow['channels'];
    link_channels: VerificationRow['channels'];
    sends: number;
    expires_at: Date;
  }>(
    `SELECT v.status, v.channels, v.expires_at, l.channels AS link_channels,
            (SELECT count(*)::int FROM verification_events ev WHERE ev.verification_id = v.id
              AND ev.status IN ('pending', 'resent')) AS sends
       FROM verifications v JOIN links l ON l.id = v.link_id WHERE v.org_id = $1 AND v.id = $2 FOR UPDATE OF v`,
    [input.orgId, input.id],
  );
  return row ?? null;
}

/** The facts the risk score of an ending verification weighs, read with its row locked. */
export type VerificationRiskInputRow = VerificationRow & {
  employee_status: string;
  recent: number;
  failures: number;
  usual_countries: string[];
  location_asked: boolean;
  reported: boolean;
  recent_hour: number;
};

/**
 * Locks a verification that is ending and reads what its risk score needs: the employee's state, their
 * verifications since `dayAgo` and `hourAgo`, failed proof attempts, usual countries, whether location
 * was asked and whether the employee reported it.
 */
export async function lockVerificationForFinish(
  ctx: Db,
  input: Tx & { orgId: string; id: string; dayAgo: Date; hourAgo: Date },
): Promise<VerificationRiskInputRow | null> {
  const [row] = await (input.tx ?? ctx.db).query<VerificationRiskInputRow>(
    `SELECT ${V}, e.status AS employee_status,
            (SELECT count(*)::int FROM verifications o WHERE o.org_id = v.org_id
              AND o.employee_id = v.employee_id AND o.created_at > $3) AS recent,
            (SELECT count(*)::int FROM verifications h WHERE h.org_id = v.org_id
              AND h.employee_id = v.employee_id AND h.created_at > $4) AS recent_hour,
            (SELECT coalesce(sum(p.attempts), 0)::int FROM verification_proofs p
              WHERE p.verification_id = v.id) AS failures,
            (SELECT coalesce(array_agg(DISTINCT u.location->>'country' ORDER BY u.location->>'country'), '{}'::text[])
               FROM verifications u
              WHERE u.org_id = v.org_id AND u.employee_id = v.employee_id AND u.id <> v.id
                AND u.status = 'passed' AND u.location->>'country' IS NOT NULL) AS usual_countries,
            EXISTS (SELECT 1 FROM verification_proofs lp WHERE lp.verification_id = v.id
              AND lp.type = 'location') AS location_asked,
            EXISTS (SELECT 1 FROM verification_events r WHERE r.org_id = v.org_id AND r.verification_id = v.id
              AND r.status = 'reported') AS reported
       FROM verifications v JOIN employees e ON e.id = v.employee_id
      WHERE v.org_id = $1 AND v.id = $2 FOR UPDATE OF v`,
    [input.orgId, input.id, input.dayAgo, input.hourAgo],
  );
  return row ?? null;
}

/** Up to `limit` verifications past their expiry that have not ended, soonest expired first. */
export async function findDueVerifications(
  ctx: Db,
  input: Tx & { now: Date; limit: number },
): Promise<{ id: string; org_id: string }[]> {
  return (input.tx ?? ctx.db).query<{ id: string; org_id: string }>(
    `SELECT id, org_id FROM verifications WHERE status IN ('pending', 'opened') AND expires_at <= $1
      ORDER BY expires_at LIMIT $2`,
    [input.now, input.limit],
  );
}

/**
 * Locks up to `limit` ended verifications of an organisation completed before `completedBefore`,
 * oldest first, skipping rows locked elsewhere and those with a webhook delivery still pending.
 */
export async function lockPurgeableVerifications(
  ctx: Db,
  input: Tx & { orgId: string; completedBefore: Date; limit: number },
): Promise<string[]> {
  const rows = await (input.tx ?? ctx.db).query<{ id: string }>(
    `SELECT v.id FROM verifications v
      WHERE v.org_id = $1 AND v.status IN ('passed', 'failed', 'expired', 'cancelled') AND v.completed_at < $2
        AND NOT EXISTS (SELECT 1 FROM webhook_messages m JOIN webhook_deliveries d ON d.message_id = m.id
                         WHERE m.org_id = v.org_id AND m.verification_id = v.id AND d.status = 'pending')
      ORDER BY v.completed_at, v.id LIMIT $3 FOR UPDATE OF v SKIP LOCKED`,
    [input.orgId, input.completedBefore, input.limit],
  );
  return rows.map((r) => r.id);
}

/** Deletes verifications (their proofs, timeline, sessions and message deliveries cascade). */
export async function deleteVerifications(ctx: Db, input: Tx & { orgId: string; ids: string[] }): Promise<void> {
  await (input.tx ?? ctx.db).query('DELETE FROM verifications WHERE org_id = $1 AND id = ANY ($2::text[])', [
    input.orgId,
    input.ids,
  ]);
}

/** The employee started: the verification is opened and its token spent (both only the first time). */
export async function markVerificationOpened(ctx: Db, input: Tx & { id: string; at: Date }): Promise<void> {
  await (input.tx ?? ctx.db).query(
    `UPDATE verifications SET status = 'opened', token_used_at = coalesce(token_used_at, $2),
      opened_at = coalesce(opened_at, $2), updated_at = $2
      WHERE id = $1`,
    [input.id, input.at],
  );
}

/** A resend: the new link's token and channels replace the old ones. */
export async function replaceVerificationToken(
  ctx: Db,
  input: Tx & { orgId: string; id: string; tokenHash: Buffer; channels: VerificationRow['channels']; at: Date },
): Promise<void> {
  await (input.tx ?? ctx.db).query(
    'UPDATE verifications SET token_hash = $3, channels = $4, updated_at = $5 WHERE org_id = $1 AND id = $2',
    [input.orgId, input.id, input.tokenHash, input.channels, input.at],
  );
}

export async function markVerificationFinished(
  ctx: Db,
  input: Tx & {
    orgId: string;
    id: string;
    status: VerificationStatus;
    reason: string | null;
    assuranceReached: Assurance | null;
    risk: Risk;
    at: Date;
  },
): Promise<void> {
  await (input.tx ?? ctx.db).query(
    `UPDATE verifications SET status = $3, outcome_reason = $4, assurance_reached = $5, risk = $6, completed_at = $7,
      updated_at = $7
      WHERE org_id = $1 AND id = $2`,
    [input.orgId, input.id, input.status, input.reason, input.assuranceReached, JSON.stringify(input.risk), input.at],
  );
}

/** Whether another verification of the employee was opened or completed on the device with this cookie hash. */
export async function employeeUsedDeviceBefore(
  ctx: Db,
  input: Tx & { orgId: string; employeeId: string; exceptId: string; deviceHash: string },
): Promise<boolean> {
  const [seen] = await (input.tx ?? ctx.db).query<{ known: boolean }>(
    `SELECT EXISTS (SELECT 1 FROM verifications o WHERE o.org_id = $1 AND o.employee_id = $2 AND o.id <> $3
                      AND (o.device->>'opened_device' = $4 OR o.device->>'completed_device' = $4)) AS known`,
    [input.orgId, input.employeeId, input.exceptId, input.deviceHash],
  );
  return seen?.known ?? false;
}

/** Records the device that opened the link, unless one is recorded already. */
export async function recordOpeningDevice(
  ctx: Db,
  input: Tx & { orgId: string; id: string; device: Record<string, unknown> },
): Promise<void> {
  // Rows written before this existed may hold a device without opened_device: complete those too.
  await (input.tx ?? ctx.db).query(
    `UPDATE verifications
        SET device = CASE WHEN device ? 'opened_device' THEN device ELSE coalesce(device, '{}'::jsonb) || $3::jsonb END
      WHERE org_id = $1 AND id = $2`,
    [input.orgId, input.id, JSON.stringify(input.device)],
  );
}

/** Merges facts a proof established about the employee's device into the verification's `device`. */
export async function mergeVerificationDevice(
  ctx: Db,
  input: Tx & { orgId: string; id: string; facts: Record<string, unknown> },
): Promise<void> {
  await (input.tx ?? ctx.db).query(
    `UPDATE verifications SET device = coalesce(device, '{}'::jsonb) || $3::jsonb WHERE org_id = $1 AND id = $2`,
    [input.orgId, input.id, JSON.stringify(input.facts)],
  );
}

/** Stores where the employee is: region and country only (a check constraint refuses anything finer). */
export async function setVerificationLocation(
  ctx: Db,
  input: Tx & { orgId: string; id: string; location: LocationInfo },
): Promise<void> {
  await (input.tx ?? ctx.db).query('UPDATE verifications SET location = $3 WHERE org_id = $1 AND id = $2', [
    input.orgId,
    input.id,
    JSON.stringify(input.location),
  ]);
}

/** Records the device acting on the verification and whether it is the one that opened the link. */
export async function recordActingDevice(
  ctx: Db,
  input: Tx & { orgId: string; id: string; userAgent: string | null; deviceHash: string | null },
): Promise<void> {
  await (input.tx ?? ctx.db).query(
    `UPDATE verifications
        SET device = device || jsonb_build_object(
              'user_agent', $3::text,
              'completed_device', $4::text,
              'same_device_as_link', ($4::text IS NOT NULL AND device->>'opened_device' = $4::text
                AND device->>'opened_user_agent' IS NOT DISTINCT FROM $3::text))
      WHERE org_id = $1 AND id = $2 AND device IS NOT NULL`,
    [input.orgId, input.id, input.userAgent, input.deviceHash],
  );
}

type ListQuery = z.output<typeof VerificationListQuery>;

/** The sort key of each sort; NULLs (no risk score, not completed yet) sort last in both orders. */
const SORT_KEY: Record<ListQuery['sort'], string> = {
  created_at: 'v.created_at',
  risk_score: "(v.risk->>'score')::int",
  completed_at: 'v.completed_at',
};

/** `%`, `_` and `\` match themselves in a search. */
const likePattern = (text: string) => `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

/**
 * The ids and sort values of one page of an organisation's verifications (`limit + 1` rows, to tell
 * whether another page follows), filtered, searched and sorted as `query` says, after the keyset
 * position `after` (sort value, id) of the previous page.
 */
export async function findVerificationPageKeys(
  ctx: Db,
  input: Tx & { orgId: string; query: ListQuery; after: Pick<VerificationListPosition, 'value' | 'id'> | null },
): Promise<{ id: string; sort_value: Date | number | null }[]> {
  const { query, after } = input;
  const params: unknown[] = [input.orgId];
  let where = 'v.org_id = $1';
  const add = (sql: string, value: unknown) => {
    params.push(value);
    where += ` AND ${sql.replace(/\?/g, `$${params.length}`)}`;
  };
  if (query.status) add('v.status = ?', query.status);
  if (query.link_id) add('v.link_id = ?', query.link_id);
  if (query.employee_email) add('e.email = ?', query.employee_email);
  if (query.ticket_system) add('v.ticket_system = ?', query.ticket_system);
  if (query.ticket_id) add('v.ticket_id = ?', query.ticket_id);
  if (query.created_after) add('v.created_at >= ?', new Date(query.created_after));
  if (query.created_before) add('v.created_at < ?', new Date(query.created_before));
  if (query.q) {
    add(
      `(e.email ILIKE ? ESCAPE '\\' OR e.display_name ILIKE ? ESCAPE '\\' OR v.ticket_id ILIKE ? ESCAPE '\\'`,
      likePattern(query.q),
    );
    params.push(query.q.toUpperCase());
    where += ` OR upper(v.match_code) = $${params.length})`;
  }
  const key = SORT_KEY[query.sort];
  const dir = query.order === 'asc' ? 'ASC' : 'DESC';
  const cmp = query.order === 'asc' ? '>' : '<';
  // created_at is never NULL: its plain order and row comparison match the verifications_org index.
  const nullable = query.sort !== 'created_at';
  if (after) {
    params.push(after.id);
    const idParam = `$${params.length}`;
    if (after.value === null) {
      where += ` AND ${key} IS NULL AND v.id ${cmp} ${idParam}`;
    } else {
      params.push(query.sort === 'risk_score' ? after.value : new Date(after.value as string));
      where += ` AND ((${key}, v.id) ${cmp} ($${params.length}, ${idParam})${nullable ? ` OR ${key} IS NULL` : ''})`;
    }
  }
  params.push(query.limit + 1);
  return (input.tx ?? ctx.db).query<{ id: string; sort_value: Date | number | null }>(
    `SELECT v.id, ${key} AS sort_value FROM verifications v JOIN employees e ON e.id = v.employee_id
      WHERE ${where} ORDER BY ${key} ${dir}${nullable ? ' NULLS LAST' : ''}, v.id ${dir} LIMIT $${params.length}`,
    params,
  );
}

/** Counts by outcome of the rows of `v` in a group. */
const ANALYTICS_OUTCOMES = `count(*)::int AS total,
  count(*) FILTER (WHERE v.status = 'passed')::int AS passed,
  count(*) FILTER (WHERE v.status = 'failed')::int AS failed,
  count(*) FILTER (WHERE v.status = 'expired')::int AS expired,
  count(*) FILTER (WHERE v.status = 'cancelled')::int AS cancelled,
  count(*) FILTER (WHERE v.status IN ('pending', 'opened'))::int AS running`;

/** Verifications of the organisation created in the range; `$1` org, `$2` from, `$3` to (uses verifications_org). */
const ANALYTICS_RANGE = 'v.org_id = $1 AND v.created_at >= $2 AND v.created_at < $3';

/** Rows of each top-N breakdown. */
const ANALYTICS_TOP = 20;

/** Counts by outcome, as the analytics queries group them. */
export type VerificationOutcomeRow = OutcomeCounts & { [column: string]: unknown };
/** A breakdown group: its key, a label to show and its counts. */
export type VerificationKeyedRow = VerificationOutcomeRow & { key: string; label: string };

/**
 * The analytics of the organisation's verifications created in [from, to), each computed by
 * PostgreSQL: counts by status, per UTC day by outcome, time-to-verify percentiles of passed ones,
 * the risk-score histogram (buckets of 10) and the top breakdowns by channel, agent, ticket system and Link.
 */
export async function aggregateVerificationsInRange(ctx: Db, input: Tx & { orgId: string; from: Date; to: Date }) {
  const q = input.tx ?? ctx.db;
  const params = [input.orgId, input.from, input.to];
  const [byStatus, series, durations, histogram, byChannel, byAgent, bySystem, byLink] = await Promise.all([
    q.query<{ status: string; n: number }>(
      `SELECT v.status, count(*)::int AS n FROM verifications v WHERE ${ANALYTICS_RANGE} GROUP BY v.status`,
      params,
    ),
    q.query<VerificationOutcomeRow & { day: string }>(
      `SELECT to_char(v.created_at AT TIME ZONE 'UTC', 'YYYY-MM-DD') AS day, ${ANALYTICS_OUTCOMES}
        FROM verifications v WHERE ${ANALYTICS_RANGE} GROUP BY 1`,
      params,
    ),
    q.query<Record<string, unknown>>(
      `SELECT count(*) FILTER (WHERE v.opened_at IS NOT NULL)::int AS opened_count,
              percentile_cont(0.5) WITHIN GROUP (ORDER BY extract(epoch FROM v.completed_at - v.opened_at)::float8)
                FILTER (WHERE v.opened_at IS NOT NULL) AS opened_median,
              percentile_cont(0.9) WITHIN GROUP (ORDER BY extract(epoch FROM v.completed_at - v.opened_at)::float8)
                FILTER (WHERE v.opened_at IS NOT NULL) AS opened_p90,
              count(*)::int AS created_count,
              percentile_cont(0.5) WITHIN GROUP (ORDER BY extract(epoch FROM v.completed_at - v.created_at)::float8)
                AS created_median,
              percentile_cont(0.9) WITHIN GROUP (ORDER BY extract(epoch FROM v.completed_at - v.created_at)::float8)
                AS created_p90
         FROM verifications v WHERE ${ANALYTICS_RANGE} AND v.status = 'passed' AND v.completed_at IS NOT NULL`,
      params,
    ),
    q.query<{ bucket: number; n: number }>(
      `SELECT least(greatest((v.risk->>'score')::int, 0) / 10, 9) AS bucket, count(*)::int AS n
         FROM verifications v WHERE ${ANALYTICS_RANGE} AND v.risk IS NOT NULL GROUP BY 1`,
      params,
    ),
    q.query<VerificationKeyedRow>(
      `SELECT c AS key, c AS label, ${ANALYTICS_OUTCOMES}
        FROM verifications v CROSS JOIN LATERAL unnest(v.channels) AS c
        WHERE ${ANALYTICS_RANGE} GROUP BY c ORDER BY total DESC, key LIMIT ${ANALYTICS_TOP}`,
      params,
    ),
    q.query<VerificationKeyedRow>(
      `SELECT a.key, min(v.agent->>'name') AS label, ${ANALYTICS_OUTCOMES}
         FROM verifications v CROSS JOIN LATERAL (SELECT coalesce(nullif(v.agent->>'email', ''),
           nullif(v.agent->>'id', ''), v.agent->>'name') AS key) a
        WHERE ${ANALYTICS_RANGE} GROUP BY a.key ORDER BY total DESC, a.key LIMIT ${ANALYTICS_TOP}`,
      params,
    ),
    q.query<VerificationKeyedRow>(
      `SELECT v.ticket_system AS key, v.ticket_system AS label, ${ANALYTICS_OUTCOMES} FROM verifications v
        WHERE ${ANALYTICS_RANGE} GROUP BY v.ticket_system ORDER BY total DESC, key LIMIT ${ANALYTICS_TOP}`,
      params,
    ),
    q.query<VerificationKeyedRow>(
      `SELECT v.link_id AS key, min(l.name) AS label, ${ANALYTICS_OUTCOMES}
        FROM verifications v JOIN links l ON l.id = v.link_id AND l.org_id = v.org_id
        WHERE ${ANALYTICS_RANGE} GROUP BY v.link_id ORDER BY total DESC, key LIMIT ${ANALYTICS_TOP}`,
      params,
    ),
  ]);
  return { byStatus, series, durations, histogram, byChannel, byAgent, bySystem, byLink };
}

import type { Queryable } from '../../src/kernel/database';
import { newId } from '../../src/kernel/ids';

/** One verification as analytics and the console list see it; times are absolute. */
export interface SeededVerification {
  status: 'pending' | 'opened' | 'passed' | 'failed' | 'expired' | 'cancelled';
  createdAt: Date;
  openedAt?: Date | null;
  completedAt?: Date | null;
  riskScore?: number | null;
  channels?: ('email' | 'sms')[];
  agent?: { name: string; email?: string | null; id?: string | null };
  ticketSystem?: 'servicenow' | 'zendesk' | 'jira' | 'console' | 'api';
  ticketId?: string;
  linkId: string;
  employeeId: string;
  matchCode?: string;
}

/** A Link row of `orgId` named `name` (enough for the joins of the list and analytics). */
export async function seedLink(db: Queryable, orgId: string, name: string, at: Date): Promise<string> {
  const id = newId('lnk');
  await db.query(
    `INSERT INTO links (id, org_id, name, description, proofs, assurance, lifetime_seconds, single_use, channels, created_at, updated_at)
     VALUES ($1, $2, $3, '', '[{"type":"email_possession","required":true}]', 'low', 900, true, '{email,sms}', $4, $4)`,
    [id, orgId, name, at],
  );
  return id;
}

/** An employee row of `orgId`. */
export async function seedEmployee(
  db: Queryable,
  orgId: string,
  input: { email: string; name: string; at: Date },
): Promise<string> {
  const id = newId('emp');
  await db.query(
    `INSERT INTO employees (id, org_id, email, display_name, status, created_at, updated_at) VALUES ($1, $2, $3, $4, 'active', $5, $5)`,
    [id, orgId, input.email, input.name, input.at],
  );
  return id;
}

/** Inserts a verification exactly as described (no proofs, events or messages). */
export async function seedVerification(db: Queryable, orgId: string, v: SeededVerification): Promise<string> {
  const id = newId('ver');
  const risk =
    v.riskScore === undefined || v.riskScore === null ? null : JSON.stringify({ score: v.riskScore, reasons: [] });
  await db.query(
    `INSERT INTO verifications (id, org_id, link_id, employee_id, status, agent, ticket_system, ticket_id, ticket_url, reason, metadata, contacts, channels,
                                match_code, assurance_required, risk, expires_at, opened_at, completed_at, created_at, updated_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, NULL, '', '{}', '{"email":"work","sms":"work"}', $9, $10, 'low', $11, $12, $13, $14, $15, $15)`,
    [
      id,
      orgId,
      v.linkId,
      v.employeeId,
      v.status,
      JSON.stringify({ name: v.agent?.name ?? 'Alex', email: v.agent?.email ?? null, id: v.agent?.id ?? null }),
      v.ticketSystem ?? 'api',
      v.ticketId ?? `T-${id.slice(-6)}`,
      v.channels ?? ['email'],
      v.matchCode ?? 'ACD-EFG',
      risk,
      new Date(v.createdAt.getTime() + 900_000),
      v.openedAt ?? null,
      v.completedAt ?? null,
      v.createdAt,
    ],
  );
  return id;
}

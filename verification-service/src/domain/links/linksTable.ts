import {
  LinkProof,
  type Assurance,
  type Channel,
  type Link,
  type ProofType,
} from '@helpdesk-verify/core-client/schemas';
import { z } from 'zod';
import type { Db, Tx } from '../../kernel/database';
import { cursorCondition, toPage } from '../../infrastructure/storage/cursor';

/** A database or the transaction of the caller. */

/** The columns of `links` every read selects. */
export const LINK_COLUMNS =
  'id, name, description, proofs, assurance, lifetime_seconds, single_use, channels, email_template_id, sms_template_id, archived, created_at, updated_at';

/** A row of `links` as selected with {@link LINK_COLUMNS}; `proofs` is jsonb `[{type, required, options?}]`. */
export type LinkRow = {
  id: string;
  name: string;
  description: string;
  proofs: unknown[];
  assurance: Assurance;
  lifetime_seconds: number;
  single_use: boolean;
  channels: Channel[];
  email_template_id: string | null;
  sms_template_id: string | null;
  archived: boolean;
  created_at: Date;
  updated_at: Date;
};

/** What a Link's write sets: its policy, without id, organisation and times. */
export type LinkColumns = Pick<
  Link,
  | 'name'
  | 'description'
  | 'assurance'
  | 'lifetime_seconds'
  | 'single_use'
  | 'channels'
  | 'email_template_id'
  | 'sms_template_id'
> & { proofs: readonly LinkProof[] };

const StoredProofs = z.array(LinkProof);

/** Maps a row to the API's `Link` (a proof stored without options gets its defaults). */
export function toLink(row: LinkRow): Link {
  return {
    id: row.id,
    name: row.name,
    description: row.description,
    proofs: StoredProofs.parse(row.proofs),
    assurance: row.assurance,
    lifetime_seconds: row.lifetime_seconds,
    single_use: row.single_use,
    channels: row.channels,
    email_template_id: row.email_template_id,
    sms_template_id: row.sms_template_id,
    archived: row.archived,
    created_at: row.created_at.toISOString(),
    updated_at: row.updated_at.toISOString(),
  };
}

/** The policy columns in write order ($3…$11 of the writes below). */
function policyValues(link: LinkColumns): unknown[] {
  return [
    link.name,
    link.description,
    JSON.stringify(link.proofs),
    link.assurance,
    link.lifetime_seconds,
    link.single_use,
    [...new Set(link.channels)],
    link.email_template_id,
    link.sms_template_id,
  ];
}

export async function insertLink(
  ctx: Db,
  input: Tx & { id: string; orgId: string; link: LinkColumns; at: Date },
): Promise<LinkRow> {
  const [row] = await (input.tx ?? ctx.db).query<LinkRow>(
    `INSERT INTO links (id, org_id, name, description, proofs, assurance, lifetime_seconds, single_use, channels,
                        email_template_id, sms_template_id, archived, created_at, updated_at)
     VALUES ($1, $2, $3, $4, $5::jsonb, $6, $7, $8, $9, $10, $11, false, $12, $12) RETURNING ${LINK_COLUMNS}`,
    [input.id, input.orgId, ...policyValues(input.link), input.at],
  );
  return row!;
}

/** Rewrites a Link that is not archived; null when there is none. */
export async function updateActiveLink(
  ctx: Db,
  input: Tx & { orgId: string; id: string; link: LinkColumns; at: Date },
): Promise<LinkRow | null> {
  const [row] = await (input.tx ?? ctx.db).query<LinkRow>(
    `UPDATE links SET name = $3, description = $4, proofs = $5::jsonb, assurance = $6, lifetime_seconds = $7, single_use = $8,
                      channels = $9, email_template_id = $10, sms_template_id = $11, updated_at = $12
     WHERE org_id = $1 AND id = $2 AND NOT archived RETURNING ${LINK_COLUMNS}`,
    [input.orgId, input.id, ...policyValues(input.link), input.at],
  );
  return row ?? null;
}

export async function findLink(ctx: Db, input: Tx & { orgId: string; id: string }): Promise<LinkRow | null> {
  const [row] = await (input.tx ?? ctx.db).query<LinkRow>(
    `SELECT ${LINK_COLUMNS} FROM links WHERE org_id = $1 AND id = $2`,
    [input.orgId, input.id],
  );
  return row ?? null;
}

/** A page of the organisation's Links, newest first. */
export async function listLinkRows(
  ctx: Db,
  input: Tx & { orgId: string; cursor?: string; limit: number },
): Promise<{ data: Link[]; next_cursor: string | null }> {
  const params: unknown[] = [input.orgId];
  const after = cursorCondition(input.cursor, params);
  params.push(input.limit + 1);
  const rows = await (input.tx ?? ctx.db).query<LinkRow>(
    `SELECT ${LINK_COLUMNS} FROM links WHERE org_id = $1${after}
     ORDER BY created_at DESC, id DESC LIMIT $${params.length}`,
    params,
  );
  return toPage(rows, input.limit, toLink);
}

/** Archives a Link (archiving twice keeps its first time); null when there is none. */
export async function markLinkArchived(
  ctx: Db,
  input: Tx & { orgId: string; id: string; at: Date },
): Promise<LinkRow | null> {
  const [row] = await (input.tx ?? ctx.db).query<LinkRow>(
    `UPDATE links SET archived = true, updated_at = CASE WHEN archived THEN updated_at ELSE $3 END
     WHERE org_id = $1 AND id = $2 RETURNING ${LINK_COLUMNS}`,
    [input.orgId, input.id, input.at],
  );
  return row ?? null;
}

/** The options a Link gives one of its proofs, as stored now (undefined when it has none). */
export async function findLinkProofOptions(
  ctx: Db,
  input: Tx & { orgId: string; linkId: string; type: ProofType },
): Promise<unknown> {
  const [row] = await (input.tx ?? ctx.db).query<{ options: unknown }>(
    `SELECT p -> 'options' AS options FROM links, jsonb_array_elements(proofs) AS p
      WHERE org_id = $1 AND id = $2 AND p ->> 'type' = $3`,
    [input.orgId, input.linkId, input.type],
  );
  return row?.options ?? undefined;
}

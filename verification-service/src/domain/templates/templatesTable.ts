import type { Channel, PageQuery, Template } from '@helpdesk-verify/core-client/schemas';
import type { Db, Tx } from '../../kernel/database';
import { cursorCondition } from '../../infrastructure/storage/cursor';

/** The columns of `templates` every read selects. */
const COLUMNS = 'id, name, channel, subject, text, html, is_default, created_at, updated_at';

/** A `templates` row as the drivers return it (selected with the columns above). */
export interface TemplateRow {
  [column: string]: unknown;
  id: string;
  name: string;
  channel: Channel;
  subject: string;
  text: string;
  html: string;
  is_default: boolean;
  created_at: Date;
  updated_at: Date;
}

/** The API shape of a template row. */
export function toTemplate(row: TemplateRow): Template {
  return {
    id: row.id,
    name: row.name,
    channel: row.channel,
    subject: row.subject,
    text: row.text,
    html: row.html,
    is_default: row.is_default,
    created_at: row.created_at.toISOString(),
    updated_at: row.updated_at.toISOString(),
  };
}

/** What a template says, as stored. */
export interface TemplateContent {
  name: string;
  channel: Channel;
  subject: string;
  text: string;
  html: string;
}

/** Table functions only send SQL: the AppContext, or any holder of a database or transaction. */

export async function insertTemplate(
  ctx: Db,
  input: Tx & { id: string; orgId: string; content: TemplateContent; isDefault: boolean; at: Date },
): Promise<TemplateRow> {
  const { content } = input;
  const [row] = await (input.tx ?? ctx.db).query<TemplateRow>(
    `INSERT INTO templates (id, org_id, name, channel, subject, text, html, is_default, created_at, updated_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $9) RETURNING ${COLUMNS}`,
    [
      input.id,
      input.orgId,
      content.name,
      content.channel,
      content.subject,
      content.text,
      content.html,
      input.isDefault,
      input.at,
    ],
  );
  return row!;
}

/** Template `id` of organisation `orgId`; undefined for an unknown id and for another organisation's. */
export async function findTemplate(
  ctx: Db,
  input: Tx & { orgId: string; id: string },
): Promise<TemplateRow | undefined> {
  const [row] = await (input.tx ?? ctx.db).query<TemplateRow>(
    `SELECT ${COLUMNS} FROM templates WHERE org_id = $1 AND id = $2`,
    [input.orgId, input.id],
  );
  return row;
}

/** One page (`limit + 1` rows, to tell whether another follows) of the organisation's templates, newest first. */
export async function listTemplateRows(ctx: Db, input: Tx & { orgId: string } & PageQuery): Promise<TemplateRow[]> {
  const params: unknown[] = [input.orgId];
  const after = cursorCondition(input.cursor, params);
  params.push(input.limit + 1);
  return (input.tx ?? ctx.db).query<TemplateRow>(
    `SELECT ${COLUMNS} FROM templates WHERE org_id = $1${after}
     ORDER BY created_at DESC, id DESC LIMIT $${params.length}`,
    params,
  );
}

/** The channel of each of `ids` that exists in the organisation. */
export async function findTemplateChannels(
  ctx: Db,
  input: Tx & { orgId: string; ids: string[] },
): Promise<{ id: string; channel: Channel }[]> {
  return (input.tx ?? ctx.db).query<{ id: string; channel: Channel }>(
    'SELECT id, channel FROM templates WHERE org_id = $1 AND id = ANY($2::text[])',
    [input.orgId, input.ids],
  );
}

/** The template a Link sends on `channel`: the one it names, else the organisation's default for the channel. */
export async function findLinkTemplate(
  ctx: Db,
  input: Tx & { orgId: string; linkId: string; channel: Channel },
): Promise<TemplateRow | undefined> {
  const column = input.channel === 'email' ? 'email_template_id' : 'sms_template_id';
  const [row] = await (input.tx ?? ctx.db).query<TemplateRow>(
    `SELECT t.* FROM templates t
      WHERE t.org_id = $1 AND t.channel = $2
        AND (t.id = (SELECT ${column} FROM links WHERE id = $3) OR t.is_default)
      ORDER BY (t.id = (SELECT ${column} FROM links WHERE id = $3)) DESC NULLS LAST, t.created_at
      LIMIT 1`,
    [input.orgId, input.channel, input.linkId],
  );
  return row;
}

/** Writes a template's content; undefined for an unknown id and for another organisation's. */
export async function updateTemplateRow(
  ctx: Db,
  input: Tx & { orgId: string; id: string; content: Omit<TemplateContent, 'channel'>; at: Date },
): Promise<TemplateRow | undefined> {
  const { content } = input;
  const [row] = await (input.tx ?? ctx.db).query<TemplateRow>(
    `UPDATE templates SET name = $3, subject = $4, text = $5, html = $6, updated_at = $7
     WHERE org_id = $1 AND id = $2 RETURNING ${COLUMNS}`,
    [input.orgId, input.id, content.name, content.subject, content.text, content.html, input.at],
  );
  return row;
}

/**
 * Deletes a template that is not a default and that no Link (archived ones included) refers to;
 * undefined when nothing was deleted. A Link created meanwhile fails it with a foreign-key violation.
 */
export async function deleteUnusedTemplate(
  ctx: Db,
  input: Tx & { orgId: string; id: string },
): Promise<TemplateRow | undefined> {
  const [row] = await (input.tx ?? ctx.db).query<TemplateRow>(
    `DELETE FROM templates t WHERE t.org_id = $1 AND t.id = $2 AND NOT t.is_default
       AND NOT EXISTS (SELECT 1 FROM links l WHERE l.org_id = $1 AND (l.email_template_id = t.id OR l.sms_template_id = t.id))
     RETURNING ${COLUMNS}`,
    [input.orgId, input.id],
  );
  return row;
}

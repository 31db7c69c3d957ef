import { z } from 'zod';

/** ISO 8601 UTC timestamp, e.g. `2026-11-24T10:00:00.000Z`. */
export const Timestamp = z.iso.datetime({ offset: false }).describe('ISO 8601 UTC timestamp');

/** An opaque, prefixed identifier (`ver_…`, `lnk_…`). */
export const prefixedId = (prefix: string) =>
  z
    .string()
    .regex(new RegExp(`^${prefix}_[0-9A-Za-z]{10,40}$`), `must be an id starting with "${prefix}_"`)
    .describe(`Opaque id with the "${prefix}_" prefix`);

export const OrganizationId = prefixedId('org');
export const LinkId = prefixedId('lnk');
export const EmployeeId = prefixedId('emp');
export const VerificationId = prefixedId('ver');
export const WebhookEndpointId = prefixedId('whk');
export const WebhookMessageId = prefixedId('msg');
export const WebhookDeliveryId = prefixedId('dlv');
export const ApiKeyId = prefixedId('key');
export const TemplateId = prefixedId('tpl');

export const Email = z.email().max(254).toLowerCase();

/** E.164 phone number, e.g. `+14155550100`. */
export const PhoneNumber = z
  .string()
  .regex(/^\+[1-9][0-9]{6,14}$/, 'must be an E.164 phone number such as +14155550100');

/** Free metadata the caller attaches; echoed in results and webhooks. */
export const Metadata = z
  .record(z.string().min(1).max(64), z.string().max(500))
  .refine((m) => Object.keys(m).length <= 50, 'at most 50 metadata keys')
  .describe('Up to 50 string key/value pairs');

/** Cursor pagination query shared by every list endpoint. */
export const PageQuery = z.object({
  limit: z.coerce.number().int().min(1).max(100).default(25),
  cursor: z.string().max(200).optional(),
});

/** A page of results: `next_cursor` is null on the last page. */
export const page = <T extends z.ZodType>(item: T) =>
  z.object({ data: z.array(item), next_cursor: z.string().nullable() });

export type Timestamp = z.infer<typeof Timestamp>;
export type Metadata = z.infer<typeof Metadata>;
export type PageQuery = z.infer<typeof PageQuery>;

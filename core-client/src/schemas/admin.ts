import { z } from 'zod';
import { ApiKeyId, OrganizationId, TemplateId, Timestamp } from './common';
import { Channel } from './links';

export const ApiKeyScope = z.enum(['verifications:read', 'verifications:write', 'admin']);
export type ApiKeyScope = z.infer<typeof ApiKeyScope>;

export const CreateApiKeyRequest = z
  .object({
    name: z.string().trim().min(1).max(120).describe('One key per integration, e.g. "ServiceNow prod"'),
    scopes: z.array(ApiKeyScope).min(1).max(3),
  })
  .strict();
export type CreateApiKeyRequest = z.infer<typeof CreateApiKeyRequest>;

export const ApiKey = z.object({
  id: ApiKeyId,
  name: z.string(),
  scopes: z.array(ApiKeyScope),
  prefix: z.string().describe('The first characters of the key, to recognise it'),
  created_at: Timestamp,
  last_used_at: Timestamp.nullable(),
  revoked_at: Timestamp.nullable(),
});
export type ApiKey = z.infer<typeof ApiKey>;

/** Returned once, on create: the only time the key is shown. */
export const ApiKeyWithSecret = ApiKey.extend({ key: z.string() });
export type ApiKeyWithSecret = z.infer<typeof ApiKeyWithSecret>;

export const Organization = z.object({
  id: OrganizationId,
  name: z.string(),
  created_at: Timestamp,
});
export type Organization = z.infer<typeof Organization>;

/** Variables a template may use as `{{name}}`. */
export const TEMPLATE_VARIABLES = [
  'org_name',
  'employee_name',
  'agent_name',
  'ticket_id',
  'reason',
  'link',
  'match_code',
  'expires_in_minutes',
] as const;

export const CreateTemplateRequest = z
  .object({
    name: z.string().trim().min(1).max(120),
    channel: Channel,
    subject: z.string().max(300).default('').describe('Email only'),
    text: z.string().min(1).max(5000),
    html: z.string().max(50_000).default('').describe('Email only; empty means derived from text'),
  })
  .strict();
export type CreateTemplateRequest = z.input<typeof CreateTemplateRequest>;

export const UpdateTemplateRequest = z
  .object({
    name: z.string().trim().min(1).max(120),
    subject: z.string().max(300),
    text: z.string().min(1).max(5000),
    html: z.string().max(50_000),
  })
  .partial()
  .strict();

export const Template = z.object({
  id: TemplateId,
  name: z.string(),
  channel: Channel,
  subject: z.string(),
  text: z.string(),
  html: z.string(),
  is_default: z.boolean(),
  created_at: Timestamp,
  updated_at: Timestamp,
});
export type Template = z.infer<typeof Template>;

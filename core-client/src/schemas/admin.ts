import { z } from 'zod';
import { ApiKeyId, OrganizationId, TemplateId, Timestamp } from './common';
import { Channel } from './links';

/**
 * `admin` implies every other scope; `admin:read` reads configuration (Links, directory, templates,
 * webhooks, keys) without changing it; `audit:read` reads the audit log. Console roles map onto these.
 */
export const ApiKeyScope = z.enum(['verifications:read', 'verifications:write', 'admin:read', 'audit:read', 'admin']);
export type ApiKeyScope = z.infer<typeof ApiKeyScope>;

export const CreateApiKeyRequest = z
  .object({
    name: z.string().trim().min(1).max(120).describe('One key per integration, e.g. "ServiceNow prod"'),
    scopes: z.array(ApiKeyScope).min(1).max(5),
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

/** Data retention and other organisation-wide settings. */
export const OrganizationSettings = z.object({
  face_image_retention_days: z
    .number()
    .int()
    .min(0)
    .max(365)
    .describe('Days face images are kept after the decision; 0 (the default) deletes them at the decision'),
  verification_retention_days: z
    .number()
    .int()
    .min(30)
    .max(3650)
    .nullable()
    .describe('Days finished verifications (and their proofs, device and location data) are kept; null keeps them'),
});
export type OrganizationSettings = z.infer<typeof OrganizationSettings>;

export const ORGANIZATION_SETTINGS_DEFAULT: OrganizationSettings = {
  face_image_retention_days: 0,
  verification_retention_days: null,
};

export const Organization = z.object({
  id: OrganizationId,
  name: z.string(),
  settings: OrganizationSettings,
  created_at: Timestamp,
});
export type Organization = z.infer<typeof Organization>;

export const UpdateOrganizationRequest = z
  .object({
    name: z.string().trim().min(1).max(200),
    settings: OrganizationSettings.partial().strict(),
  })
  .partial()
  .strict();
export type UpdateOrganizationRequest = z.infer<typeof UpdateOrganizationRequest>;

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

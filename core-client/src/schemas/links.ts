import { z } from 'zod';
import { LinkId, TemplateId, Timestamp } from './common';
import { Assurance, ProofRequirement } from './proofs';

export const Channel = z.enum(['email', 'sms']);
export type Channel = z.infer<typeof Channel>;

export const LINK_LIFETIME_MIN_SECONDS = 60;
export const LINK_LIFETIME_MAX_SECONDS = 86_400;
export const LINK_LIFETIME_DEFAULT_SECONDS = 900;

/** Cosine-style similarity (0–1) a live face must reach against the reference photo, unless a Link sets its own. */
export const FACE_MATCH_THRESHOLD_DEFAULT = 0.6;

/** An authenticator model id (AAGUID), lower-case. */
export const Aaguid = z
  .string()
  .regex(
    /^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$/,
    'must be an AAGUID like 00000000-0000-0000-0000-000000000000',
  )
  .transform((s) => s.toLowerCase());

/** What the device_passkey proof accepts as the employee's device. */
export const DevicePolicy = z
  .object({
    require_attested: z
      .boolean()
      .default(false)
      .describe(
        'Only passkeys whose attestation chains to a root the service trusts count (synced passkeys and "none" attestation fail)',
      ),
    allowed_aaguids: z.array(Aaguid).max(100).default([]).describe('Authenticator models allowed; empty means any'),
  })
  .strict();
export type DevicePolicy = z.infer<typeof DevicePolicy>;

/** An ISO 3166-1 alpha-2 country code, upper-case. */
export const CountryCode = z
  .string()
  .regex(/^[A-Za-z]{2}$/, 'must be an ISO 3166-1 alpha-2 country code such as US or DE')
  .transform((s) => s.toUpperCase());

const LinkFields = {
  name: z.string().trim().min(1).max(120),
  description: z.string().max(1000).default(''),
  proofs: z
    .array(ProofRequirement)
    .min(1)
    .max(10)
    .refine((ps) => new Set(ps.map((p) => p.type)).size === ps.length, 'each proof type may appear once')
    .refine((ps) => ps.some((p) => p.required), 'at least one proof must be required'),
  assurance: Assurance.default('medium').describe(
    'The assurance a verification must reach to pass; email possession alone only ever gives "low"',
  ),
  lifetime_seconds: z
    .number()
    .int()
    .min(LINK_LIFETIME_MIN_SECONDS)
    .max(LINK_LIFETIME_MAX_SECONDS)
    .default(LINK_LIFETIME_DEFAULT_SECONDS),
  single_use: z
    .boolean()
    .default(true)
    .describe('When true the link can be started once; when false it can be reopened until the verification ends'),
  channels: z.array(Channel).min(1).max(2).default(['email']).describe('Channels agents may send this Link through'),
  email_template_id: TemplateId.nullable().default(null),
  sms_template_id: TemplateId.nullable().default(null),
  device_policy: DevicePolicy.default({ require_attested: false, allowed_aaguids: [] }),
  allowed_countries: z
    .array(CountryCode)
    .max(250)
    .default([])
    .describe('Countries the location proof accepts; empty means any'),
  face_match_threshold: z
    .number()
    .min(0.3)
    .max(0.99)
    .default(FACE_MATCH_THRESHOLD_DEFAULT)
    .describe('Similarity the face_match proof needs against the reference photo'),
};

export const CreateLinkRequest = z.object(LinkFields).strict();
export type CreateLinkRequest = z.input<typeof CreateLinkRequest>;

export const UpdateLinkRequest = z
  .object({
    name: LinkFields.name,
    description: z.string().max(1000),
    proofs: LinkFields.proofs,
    assurance: Assurance,
    lifetime_seconds: z.number().int().min(LINK_LIFETIME_MIN_SECONDS).max(LINK_LIFETIME_MAX_SECONDS),
    single_use: z.boolean(),
    channels: z.array(Channel).min(1).max(2),
    email_template_id: TemplateId.nullable(),
    sms_template_id: TemplateId.nullable(),
    device_policy: DevicePolicy,
    allowed_countries: LinkFields.allowed_countries.unwrap(),
    face_match_threshold: LinkFields.face_match_threshold.unwrap(),
  })
  .partial()
  .strict();
export type UpdateLinkRequest = z.infer<typeof UpdateLinkRequest>;

export const Link = z.object({
  id: LinkId,
  name: z.string(),
  description: z.string(),
  proofs: z.array(z.object({ type: ProofRequirement.shape.type, required: z.boolean() })),
  assurance: Assurance,
  lifetime_seconds: z.number().int(),
  single_use: z.boolean(),
  channels: z.array(Channel),
  email_template_id: TemplateId.nullable(),
  sms_template_id: TemplateId.nullable(),
  device_policy: z.object({ require_attested: z.boolean(), allowed_aaguids: z.array(z.string()) }),
  allowed_countries: z.array(z.string()),
  face_match_threshold: z.number(),
  archived: z.boolean(),
  created_at: Timestamp,
  updated_at: Timestamp,
});
export type Link = z.infer<typeof Link>;

import { z } from 'zod';
import { LinkId, TemplateId, Timestamp } from './common';
import { Assurance } from './proofs';
import { LinkProof } from './proofOptions';

export const Channel = z.enum(['email', 'sms']);
export type Channel = z.infer<typeof Channel>;

export const LINK_LIFETIME_MIN_SECONDS = 60;
export const LINK_LIFETIME_MAX_SECONDS = 86_400;
export const LINK_LIFETIME_DEFAULT_SECONDS = 900;

const LinkFields = {
  name: z.string().trim().min(1).max(120),
  description: z.string().max(1000).default(''),
  proofs: z
    .array(LinkProof)
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
  })
  .partial()
  .strict();
export type UpdateLinkRequest = z.infer<typeof UpdateLinkRequest>;

export const Link = z.object({
  id: LinkId,
  name: z.string(),
  description: z.string(),
  proofs: z.array(LinkProof),
  assurance: Assurance,
  lifetime_seconds: z.number().int(),
  single_use: z.boolean(),
  channels: z.array(Channel),
  email_template_id: TemplateId.nullable(),
  sms_template_id: TemplateId.nullable(),
  archived: z.boolean(),
  created_at: Timestamp,
  updated_at: Timestamp,
});
export type Link = z.infer<typeof Link>;

import { z } from 'zod';

/** SCIM 2.0 schema URNs (RFC 7643, RFC 7644). */
export const SCIM_SCHEMAS = {
  user: 'urn:ietf:params:scim:schemas:core:2.0:User',
  enterpriseUser: 'urn:ietf:params:scim:schemas:extension:enterprise:2.0:User',
  patchOp: 'urn:ietf:params:scim:api:messages:2.0:PatchOp',
  listResponse: 'urn:ietf:params:scim:api:messages:2.0:ListResponse',
  error: 'urn:ietf:params:scim:api:messages:2.0:Error',
} as const;

const MultiValue = z.looseObject({
  value: z.unknown().optional(),
  type: z.string().max(100).optional(),
  primary: z.union([z.boolean(), z.string()]).optional(),
});

/**
 * A SCIM User as Okta and Entra ID send it. Loose: identity providers add attributes we ignore
 * (locale, password, groups, roles, custom extensions), and Entra sends booleans as "True"/"False".
 */
export const ScimUser = z.looseObject({
  schemas: z.array(z.string()).optional(),
  userName: z.string().trim().min(1).max(254),
  externalId: z.string().max(200).nullish(),
  displayName: z.string().max(200).nullish(),
  name: z
    .looseObject({
      formatted: z.string().max(200).nullish(),
      givenName: z.string().max(200).nullish(),
      familyName: z.string().max(200).nullish(),
    })
    .nullish(),
  emails: z.array(MultiValue).max(20).nullish(),
  phoneNumbers: z.array(MultiValue).max(20).nullish(),
  active: z.union([z.boolean(), z.enum(['True', 'False', 'true', 'false'])]).nullish(),
});
export type ScimUser = z.infer<typeof ScimUser>;

/** One PATCH operation; `op` in any case (Entra ID sends "Replace", "Add"). */
export const ScimPatchOperation = z.looseObject({
  op: z.string().regex(/^(add|replace|remove)$/i, 'must be add, replace or remove'),
  path: z.string().min(1).max(500).optional(),
  value: z.unknown().optional(),
});
export type ScimPatchOperation = z.infer<typeof ScimPatchOperation>;

export const ScimPatchRequest = z.looseObject({
  schemas: z.array(z.string()).optional(),
  Operations: z.array(ScimPatchOperation).min(1).max(100),
});
export type ScimPatchRequest = z.infer<typeof ScimPatchRequest>;

import { SCIM_SCHEMAS } from '@helpdesk-verify/core-client/schemas';

const attr = (name: string, extra: Record<string, unknown> = {}) => ({
  name,
  type: 'string',
  multiValued: false,
  required: false,
  caseExact: false,
  mutability: 'readWrite',
  returned: 'default',
  uniqueness: 'none',
  ...extra,
});

const multi = (name: string) =>
  attr(name, {
    type: 'complex',
    multiValued: true,
    subAttributes: [attr('value'), attr('type'), attr('primary', { type: 'boolean' })],
  });

/**
 * The discovery documents of RFC 7644 §4 (ServiceProviderConfig, ResourceTypes, Schemas) for the
 * User resource with the enterprise extension: PATCH and filtering supported, no bulk, sort, ETags
 * or password changes; Bearer token authentication.
 */
export function scimDiscovery(baseUrl: string) {
  const root = `${baseUrl}/scim/v2`;
  const serviceProviderConfig = {
    schemas: ['urn:ietf:params:scim:schemas:core:2.0:ServiceProviderConfig'],
    documentationUri: `${baseUrl}/docs`,
    patch: { supported: true },
    bulk: { supported: false, maxOperations: 0, maxPayloadSize: 0 },
    filter: { supported: true, maxResults: 200 },
    changePassword: { supported: false },
    sort: { supported: false },
    etag: { supported: false },
    authenticationSchemes: [
      {
        type: 'oauthbearertoken',
        name: 'Bearer token',
        description: 'An API key with the admin scope, as "Authorization: Bearer <key>"',
        primary: true,
      },
    ],
    meta: { resourceType: 'ServiceProviderConfig', location: `${root}/ServiceProviderConfig` },
  };
  const userResourceType = {
    schemas: ['urn:ietf:params:scim:schemas:core:2.0:ResourceType'],
    id: 'User',
    name: 'User',
    endpoint: '/Users',
    description: 'An employee',
    schema: SCIM_SCHEMAS.user,
    schemaExtensions: [{ schema: SCIM_SCHEMAS.enterpriseUser, required: false }],
    meta: { resourceType: 'ResourceType', location: `${root}/ResourceTypes/User` },
  };
  const userSchema = {
    schemas: ['urn:ietf:params:scim:schemas:core:2.0:Schema'],
    id: SCIM_SCHEMAS.user,
    name: 'User',
    description: 'An employee',
    attributes: [
      attr('userName', { required: true, uniqueness: 'server' }),
      attr('externalId', { caseExact: true }),
      attr('displayName'),
      attr('name', { type: 'complex', subAttributes: [attr('formatted'), attr('givenName'), attr('familyName')] }),
      multi('emails'),
      multi('phoneNumbers'),
      attr('active', { type: 'boolean' }),
    ],
    meta: { resourceType: 'Schema', location: `${root}/Schemas/${SCIM_SCHEMAS.user}` },
  };
  const enterpriseSchema = {
    schemas: ['urn:ietf:params:scim:schemas:core:2.0:Schema'],
    id: SCIM_SCHEMAS.enterpriseUser,
    name: 'EnterpriseUser',
    description: 'Enterprise user',
    attributes: [attr('department'), attr('manager', { type: 'complex', subAttributes: [attr('value')] })],
    meta: { resourceType: 'Schema', location: `${root}/Schemas/${SCIM_SCHEMAS.enterpriseUser}` },
  };
  return { serviceProviderConfig, resourceTypes: [userResourceType], schemas: [userSchema, enterpriseSchema] };
}

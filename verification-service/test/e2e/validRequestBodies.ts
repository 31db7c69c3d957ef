import type { z } from 'zod';
import type { EndpointName, Endpoints } from '@helpdesk-verify/core-client/api';
import type { OrgResources } from './orgResources';

/** The endpoints that take a JSON body. */
export type BodyEndpointName = {
  [K in EndpointName]: Endpoints[K]['body'] extends z.ZodNever | null ? never : K;
}[EndpointName];

/** One body per endpoint that takes one; a new such endpoint does not compile until it has a body here. */
export type ValidRequestBodies = { [K in BodyEndpointName]: z.input<NonNullable<Endpoints[K]['body']>> };

/**
 * A body each endpoint accepts, every field given, aimed at the resources of `own` (an organisation
 * whose directory has `sam@acme.example`). Hostile tests spoil one part of it at a time, so the
 * spoiled part is the only reason for a refusal.
 */
export function validRequestBodies(own: OrgResources, domain: string): ValidRequestBodies {
  return {
    createVerification: {
      link_id: own.link,
      employee: { email: `sam@${domain}` },
      channels: ['email'],
      contacts: { email: 'work', sms: 'work' },
      ticket: { system: 'api', id: 'T-9', url: 'https://itsm.example/T-9' },
      agent: { name: 'Alex Agent', email: `alex@${domain}`, id: 'agent-1' },
      reason: 'MFA reset',
      metadata: { queue: 'tier1' },
    },
    cancelVerification: { reason: 'caller hung up' },
    resendVerification: { channels: ['email'] },
    createLink: {
      name: 'Strict',
      description: 'Email and phone',
      proofs: [
        { type: 'email_possession', required: true },
        { type: 'phone_code', required: true },
        {
          type: 'device_passkey',
          required: false,
          options: { require_attested: false, allowed_aaguids: ['ee882879-721c-4913-9775-3dfcce97072a'] },
        },
        { type: 'location', required: false, options: { allowed_countries: ['US', 'DE'] } },
        { type: 'face_match', required: false, options: { threshold: 0.7 } },
      ],
      assurance: 'medium',
      lifetime_seconds: 600,
      single_use: true,
      channels: ['email'],
      email_template_id: own.template,
      sms_template_id: null,
    },
    updateLink: {
      name: 'Renamed',
      description: 'Changed',
      proofs: [
        { type: 'email_possession', required: true },
        { type: 'device_passkey', required: false, options: { require_attested: true, allowed_aaguids: [] } },
        { type: 'location', required: false, options: { allowed_countries: ['FR'] } },
        { type: 'face_match', required: false, options: { threshold: 0.65 } },
      ],
      assurance: 'low',
      lifetime_seconds: 900,
      single_use: false,
      channels: ['email', 'sms'],
      email_template_id: own.template,
      sms_template_id: null,
    },
    updateOrganization: {
      name: 'Acme Renamed',
      settings: { face_image_retention_days: 7, verification_retention_days: 365 },
    },
    createEmployee: {
      email: `new@${domain}`,
      external_id: 'E-100',
      login: 'newbie',
      display_name: 'New Person',
      legal_name: 'Newton Person',
      personal_email: 'new@home.example',
      phone: '+15555550111',
      personal_phone: '+15555550112',
      manager_email: `boss@${domain}`,
      department: 'IT',
      status: 'active',
      reference_photo: null,
    },
    updateEmployee: { display_name: 'Sam S.', department: 'Ops', legal_name: 'Samuel S.' },
    importEmployees: { employees: [{ email: `imported@${domain}`, display_name: 'Imported' }] },
    putLdapSource: {
      url: 'ldap://127.0.0.1:9',
      bind_dn: 'cn=reader,dc=example,dc=com',
      password: 'reader-secret',
      base_dn: 'ou=people,dc=example,dc=com',
      filter: '(objectClass=inetOrgPerson)',
      attributes: {
        external_id: 'entryUUID',
        email: 'mail',
        login: 'uid',
        display_name: 'displayName',
        legal_name: 'cn',
        phone: 'mobile',
        manager: 'manager',
        department: 'departmentNumber',
      },
      disabled_when: { kind: 'equals', attribute: 'employeeType', value: 'disabled' },
    },
    createTemplate: {
      name: 'Custom',
      channel: 'email',
      subject: 'Verify for {{org_name}}',
      text: 'Open {{link}}',
      html: '<p><a href="{{link}}">Verify</a></p>',
    },
    updateTemplate: { name: 'Custom 2', subject: 'Please verify', text: 'Go to {{link}}', html: '' },
    createWebhookEndpoint: {
      url: 'http://127.0.0.1:9/new',
      description: 'ticketing',
      event_types: ['trust_check.completed'],
    },
    updateWebhookEndpoint: {
      url: 'http://127.0.0.1:9/changed',
      description: 'changed',
      event_types: [],
      enabled: true,
    },
    rotateWebhookSecret: { overlap_seconds: 60 },
    createApiKey: { name: 'Zendesk prod', scopes: ['verifications:write'] },
    createUser: { email: `new.user@${domain}`, name: 'New User', role: 'agent', initial_password: true },
    updateUser: { name: 'Pat Renamed', role: 'auditor', disabled: false },
    putOidcConfig: {
      issuer: 'https://idp.example/realms/acme',
      client_id: 'helpdesk-verify',
      client_secret: 'idp-client-secret',
      allowed_email_domains: [domain],
      default_role: 'agent',
      role_claim: 'groups',
      role_mapping: { 'hv-admins': 'admin' },
      enabled: true,
    },
  };
}

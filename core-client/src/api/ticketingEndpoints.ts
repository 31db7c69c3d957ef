import { endpoint, IdParams } from './endpoint';
import { page, PageQuery } from '../schemas/common';
import { Link } from '../schemas/links';
import {
  CancelVerificationRequest,
  CreateVerificationRequest,
  ResendVerificationRequest,
  Verification,
  VerificationListQuery,
} from '../schemas/verifications';
import { Organization } from '../schemas/admin';

/**
 * The operations a ticketing app calls: start, follow, cancel and resend verifications, and read the
 * organisation and its Links. A client built on this table alone (`createTicketingClient`) leaves the
 * admin, directory, console and audit schemas out of the app's bundle.
 */
export const ticketingEndpoints = {
  getOrganization: endpoint({
    method: 'GET',
    path: '/v1/organization',
    summary: 'The organisation of the API key',
    tag: 'Organization',
    scope: 'verifications:read',
    response: Organization,
  }),
  createVerification: endpoint({
    method: 'POST',
    path: '/v1/verifications',
    summary: 'Start a verification and send the link',
    tag: 'Verifications',
    scope: 'verifications:write',
    body: CreateVerificationRequest,
    response: Verification,
    status: 201,
    idempotencyKey: true,
  }),
  getVerification: endpoint({
    method: 'GET',
    path: '/v1/verifications/{id}',
    summary: 'Get a verification',
    tag: 'Verifications',
    scope: 'verifications:read',
    params: IdParams,
    response: Verification,
  }),
  listVerifications: endpoint({
    method: 'GET',
    path: '/v1/verifications',
    summary: 'List verifications, newest first',
    tag: 'Verifications',
    scope: 'verifications:read',
    query: VerificationListQuery,
    response: page(Verification),
  }),
  cancelVerification: endpoint({
    method: 'POST',
    path: '/v1/verifications/{id}/cancel',
    summary: 'Cancel a verification that has not ended',
    tag: 'Verifications',
    scope: 'verifications:write',
    params: IdParams,
    body: CancelVerificationRequest,
    response: Verification,
  }),
  resendVerification: endpoint({
    method: 'POST',
    path: '/v1/verifications/{id}/resend',
    summary: 'Send a fresh link (the previous link stops working)',
    tag: 'Verifications',
    scope: 'verifications:write',
    params: IdParams,
    body: ResendVerificationRequest,
    response: Verification,
  }),
  listLinks: endpoint({
    method: 'GET',
    path: '/v1/links',
    summary: 'List Links',
    tag: 'Links',
    scope: 'verifications:read',
    query: PageQuery,
    response: page(Link),
  }),
  getLink: endpoint({
    method: 'GET',
    path: '/v1/links/{id}',
    summary: 'Get a Link',
    tag: 'Links',
    scope: 'verifications:read',
    params: IdParams,
    response: Link,
  }),
} as const;

export type TicketingEndpoints = typeof ticketingEndpoints;

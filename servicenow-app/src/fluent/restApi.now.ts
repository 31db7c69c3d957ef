import '@servicenow/sdk/global';
import { RestApi } from '@servicenow/sdk/core';
import { prefillRoute, verifyRoute } from '../server/routes/verifyRoutes';
import { webhookRoute } from '../server/routes/webhookRoute';
import { agentRestAcl } from './acls.now';

/** `/api/x_hdv_verify/helpdesk_verify/…`: the service's webhooks and the Verify identity dialog. */
RestApi({
  $id: Now.ID['rest-api'],
  name: 'Helpdesk Verify',
  serviceId: 'helpdesk_verify',
  shortDescription: 'Receives the verification service webhooks and serves the Verify identity dialog.',
  consumes: 'application/json',
  produces: 'application/json',
  routes: [
    {
      $id: Now.ID['rest-webhook'],
      name: 'webhook',
      method: 'POST',
      path: '/webhook',
      // Authenticated by the Standard Webhooks signature, checked in the script.
      authentication: false,
      authorization: false,
      internalRole: false,
      enforceAcl: [],
      shortDescription: 'Signed trust_check.* webhooks from the verification service.',
      script: webhookRoute,
    },
    {
      $id: Now.ID['rest-prefill'],
      name: 'prefill',
      method: 'GET',
      path: '/prefill',
      authentication: true,
      authorization: true,
      enforceAcl: [agentRestAcl],
      shortDescription: 'Defaults of the Verify identity dialog for one task.',
      script: prefillRoute,
    },
    {
      $id: Now.ID['rest-verify'],
      name: 'verify',
      method: 'POST',
      path: '/verify',
      authentication: true,
      authorization: true,
      enforceAcl: [agentRestAcl],
      shortDescription: 'Starts a verification from the Verify identity dialog.',
      script: verifyRoute,
    },
  ],
});

import type { AppContext } from '../../../kernel/AppContext';
import type { Handlers } from '../../../infrastructure/http/handler';
import { createWebhookEndpoint } from '../../../domain/webhooks/endpoints/createWebhookEndpoint';
import { deleteWebhookEndpoint } from '../../../domain/webhooks/endpoints/deleteWebhookEndpoint';
import { getWebhookEndpoint } from '../../../domain/webhooks/endpoints/getWebhookEndpoint';
import { listWebhookEndpoints } from '../../../domain/webhooks/endpoints/listWebhookEndpoints';
import { rotateWebhookSecret } from '../../../domain/webhooks/endpoints/rotateWebhookSecret';
import { updateWebhookEndpoint } from '../../../domain/webhooks/endpoints/updateWebhookEndpoint';
import { listWebhookDeliveries } from '../../../domain/webhooks/deliveries/listWebhookDeliveries';
import { redeliverWebhook } from '../../../domain/webhooks/deliveries/redeliverWebhook';
import { sendTestEvent } from '../../../domain/webhooks/endpoints/sendTestEvent';

/** The `/v1/webhook-endpoints` handlers: endpoints, secret rotation, test events and the delivery log, per organisation. */
export function webhookHandlers(ctx: AppContext): Handlers {
  return {
    createWebhookEndpoint: ({ caller, body }) => createWebhookEndpoint(ctx, { orgId: caller.orgId, body }),
    listWebhookEndpoints: ({ caller, query }) => listWebhookEndpoints(ctx, { orgId: caller.orgId, query }),
    getWebhookEndpoint: ({ caller, params }) => getWebhookEndpoint(ctx, { orgId: caller.orgId, id: params.id }),
    updateWebhookEndpoint: ({ caller, params, body }) =>
      updateWebhookEndpoint(ctx, { orgId: caller.orgId, id: params.id, body }),
    deleteWebhookEndpoint: ({ caller, params }) => deleteWebhookEndpoint(ctx, { orgId: caller.orgId, id: params.id }),
    rotateWebhookSecret: ({ caller, params, body }) =>
      rotateWebhookSecret(ctx, { orgId: caller.orgId, id: params.id, body }),
    listWebhookDeliveries: ({ caller, params, query }) =>
      listWebhookDeliveries(ctx, { orgId: caller.orgId, endpointId: params.id, query }),
    redeliverWebhook: ({ caller, params }) =>
      redeliverWebhook(ctx, { orgId: caller.orgId, endpointId: params.id, deliveryId: params.delivery_id }),
    testWebhookEndpoint: ({ caller, params }) => sendTestEvent(ctx, { orgId: caller.orgId, endpointId: params.id }),
  };
}

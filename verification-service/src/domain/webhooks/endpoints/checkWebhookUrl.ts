import type { AppContext } from '../../../kernel/AppContext';
import { ProblemError } from '../../../kernel/ProblemError';
import { assertPublicAddress } from '../ssrf/assertPublicAddress';
import { UnsafeWebhookTargetError } from '../ssrf/UnsafeWebhookTargetError';

/**
 * Refuses a webhook URL the dispatcher would refuse to call (see {@link assertPublicAddress}) with
 * a 422 `validation_error` on the `url` field, so the admin learns it when saving, not later.
 */
export async function checkWebhookUrl(ctx: Pick<AppContext, 'config'>, url: string): Promise<void> {
  try {
    await assertPublicAddress(url, { allowPrivate: ctx.config.allowPrivateWebhookTargets });
  } catch (error) {
    if (!(error instanceof UnsafeWebhookTargetError)) throw error;
    throw new ProblemError('validation_error', `The webhook URL is refused: ${error.message}`, {
      errors: [{ path: ['url'], message: error.message }],
    });
  }
}

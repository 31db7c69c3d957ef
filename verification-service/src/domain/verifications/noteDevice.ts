import type { DeviceInfo } from '@helpdesk-verify/core-client';
import type { Queryable } from '../../kernel/database';
import { hashSecret } from '../../kernel/secrets';

/** The first-party cookie naming the employee's browser (random; only its hash is stored). */
export const DEVICE_COOKIE = 'hv_device';
export const DEVICE_COOKIE_PATTERN = /^[0-9A-Za-z]{43}$/;

/** The verification's device jsonb: what the API shows (DeviceInfo) plus what only the service reads. */
export type StoredDevice = Partial<DeviceInfo> & {
  opened_device?: string | null;
  opened_user_agent?: string | null;
  completed_device?: string | null;
  /** Set by the passkey proof. */
  passkey_used?: boolean;
  passkey_attested?: boolean;
};

/** The browser as the employee pages see it: its user agent and the hash of its device cookie. */
export interface BrowserSeen {
  userAgent: string | null;
  deviceCookie: string | null | undefined;
}

const cookieHash = (cookie: string | null | undefined): string | null =>
  cookie && DEVICE_COOKIE_PATTERN.test(cookie) ? hashSecret(`device:${cookie}`).toString('hex') : null;

/**
 * The link was started in this browser. The first start records it as the browser that opened the
 * link, and whether the employee has used it for an earlier verification (new_device); every start
 * and step then goes through `noteActingDevice`.
 */
export async function noteOpeningDevice(
  tx: Queryable,
  v: { id: string; orgId: string; employeeId: string },
  browser: BrowserSeen,
): Promise<void> {
  const hash = cookieHash(browser.deviceCookie);
  const [seen] = hash
    ? await tx.query<{ known: boolean }>(
        `SELECT EXISTS (SELECT 1 FROM verifications o WHERE o.org_id = $1 AND o.employee_id = $2 AND o.id <> $3
                          AND (o.device->>'opened_device' = $4 OR o.device->>'completed_device' = $4)) AS known`,
        [v.orgId, v.employeeId, v.id, hash],
      )
    : [{ known: false }];
  const opened = {
    user_agent: browser.userAgent?.slice(0, 400) ?? null,
    attestation: null,
    aaguid: null,
    new_device: !seen?.known,
    same_device_as_link: true,
    opened_device: hash,
    opened_user_agent: browser.userAgent?.slice(0, 400) ?? null,
  };
  // Rows written before this existed may hold a device without opened_device: complete those too.
  await tx.query(
    `UPDATE verifications SET device = CASE WHEN device ? 'opened_device' THEN device ELSE coalesce(device, '{}'::jsonb) || $3::jsonb END
      WHERE org_id = $1 AND id = $2`,
    [v.orgId, v.id, JSON.stringify(opened)],
  );
  await noteActingDevice(tx, v, browser);
}

/**
 * This browser acted on the verification (started it, ran a proof step, finished it): it becomes the
 * device the verification is completed on, and `same_device_as_link` says whether it is the browser
 * that opened the link (same device cookie and user agent).
 */
export async function noteActingDevice(
  tx: Queryable,
  v: { id: string; orgId: string },
  browser: BrowserSeen,
): Promise<void> {
  const hash = cookieHash(browser.deviceCookie);
  const userAgent = browser.userAgent?.slice(0, 400) ?? null;
  await tx.query(
    `UPDATE verifications
        SET device = device || jsonb_build_object(
              'user_agent', $3::text,
              'completed_device', $4::text,
              'same_device_as_link', ($4::text IS NOT NULL AND device->>'opened_device' = $4::text AND device->>'opened_user_agent' IS NOT DISTINCT FROM $3::text))
      WHERE org_id = $1 AND id = $2 AND device IS NOT NULL`,
    [v.orgId, v.id, userAgent, hash],
  );
}

import type { DeviceInfo } from '@helpdesk-verify/core-client/schemas';
import type { AppContext } from '../../kernel/AppContext';
import type { Queryable } from '../../kernel/database';
import { hashSecret } from '../../kernel/secrets';
import { employeeUsedDeviceBefore, recordActingDevice, recordOpeningDevice } from './verificationsTable';

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
  ctx: Pick<AppContext, 'db'>,
  input: { tx?: Queryable; verification: { id: string; orgId: string; employeeId: string }; browser: BrowserSeen },
): Promise<void> {
  const { verification: v, browser } = input;
  const tx = input.tx ?? ctx.db;
  const hash = cookieHash(browser.deviceCookie);
  const known = hash
    ? await employeeUsedDeviceBefore(ctx, {
        tx,
        orgId: v.orgId,
        employeeId: v.employeeId,
        exceptId: v.id,
        deviceHash: hash,
      })
    : false;
  const opened = {
    user_agent: browser.userAgent?.slice(0, 400) ?? null,
    attestation: null,
    aaguid: null,
    new_device: !known,
    same_device_as_link: true,
    opened_device: hash,
    opened_user_agent: browser.userAgent?.slice(0, 400) ?? null,
  };
  await recordOpeningDevice(ctx, { tx, orgId: v.orgId, id: v.id, device: opened });
  await noteActingDevice(ctx, { tx, verification: v, browser });
}

/**
 * This browser acted on the verification (started it, ran a proof step, finished it): it becomes the
 * device the verification is completed on, and `same_device_as_link` says whether it is the browser
 * that opened the link (same device cookie and user agent).
 */
export async function noteActingDevice(
  ctx: Pick<AppContext, 'db'>,
  input: { tx?: Queryable; verification: { id: string; orgId: string }; browser: BrowserSeen },
): Promise<void> {
  await recordActingDevice(ctx, {
    ...(input.tx ? { tx: input.tx } : {}),
    orgId: input.verification.orgId,
    id: input.verification.id,
    userAgent: input.browser.userAgent?.slice(0, 400) ?? null,
    deviceHash: cookieHash(input.browser.deviceCookie),
  });
}

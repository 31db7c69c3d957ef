import { CreateLinkRequest } from '@helpdesk-verify/core-client/schemas';
import { DATABASE_KINDS } from '@helpdesk-verify/testkit/databases';
import { createTestContext, type TestContext } from '../../../test/testContext';
import { createOrganization } from '../organizations/createOrganization';
import { createTemplate } from '../templates/createTemplate';
import type { LinkProofCapability } from './assertLinkPolicy';
import { archiveLink } from './archiveLink';
import { createLink } from './createLink';
import { getLink } from './getLink';
import { updateLink } from './updateLink';

const proofCapabilities: LinkProofCapability[] = [
  { type: 'email_possession', assurance: 'low' },
  { type: 'phone_code', assurance: 'medium' },
];

describe.each(DATABASE_KINDS)('updateLink on %s', (kind) => {
  let ctx: TestContext;
  beforeAll(async () => {
    ctx = await createTestContext(kind);
  });
  afterAll(() => ctx.db.close());

  const newLink = (orgId = ctx.orgId) =>
    createLink(ctx, ctx.db, {
      orgId,
      link: CreateLinkRequest.parse({ name: 'Reset', proofs: [{ type: 'email_possession' }, { type: 'phone_code' }] }),
      proofCapabilities,
    });

  it('changes the given fields only and moves updated_at', async () => {
    const link = await newLink();
    ctx.clock.advance(10_000);
    const updated = await updateLink(ctx, ctx.db, {
      orgId: ctx.orgId,
      id: link.id,
      changes: { name: 'Reset v2', lifetime_seconds: 600, single_use: false },
      proofCapabilities,
    });
    expect(updated).toEqual({
      ...link,
      name: 'Reset v2',
      lifetime_seconds: 600,
      single_use: false,
      updated_at: ctx.clock.now().toISOString(),
    });
  });

  it('checks the assurance rule on the result: dropping the phone code of a "medium" Link is refused', async () => {
    const link = await newLink();
    await expect(
      updateLink(ctx, ctx.db, {
        orgId: ctx.orgId,
        id: link.id,
        changes: { proofs: [{ type: 'email_possession', required: true }] },
        proofCapabilities,
      }),
    ).rejects.toMatchObject({ code: 'validation_error' });
    await expect(
      updateLink(ctx, ctx.db, { orgId: ctx.orgId, id: link.id, changes: { assurance: 'high' }, proofCapabilities }),
    ).rejects.toMatchObject({ code: 'validation_error' });
    await expect(
      updateLink(ctx, ctx.db, {
        orgId: ctx.orgId,
        id: link.id,
        changes: {
          proofs: [
            { type: 'location', required: false, options: { allowed_countries: [] } },
            { type: 'phone_code', required: true },
          ],
        },
        proofCapabilities,
      }),
    ).rejects.toMatchObject({ code: 'proof_unavailable' });
    const lowered = await updateLink(ctx, ctx.db, {
      orgId: ctx.orgId,
      id: link.id,
      changes: { proofs: [{ type: 'email_possession', required: true }], assurance: 'low' },
      proofCapabilities,
    });
    expect(lowered).toMatchObject({ assurance: 'low', proofs: [{ type: 'email_possession', required: true }] });
  });

  it('sets and clears templates, refusing one of the wrong channel', async () => {
    const link = await newLink();
    const sms = await createTemplate(ctx, {
      orgId: ctx.orgId,
      template: { name: 'S', channel: 'sms', subject: '', text: '{{link}}', html: '' },
    });
    await expect(
      updateLink(ctx, ctx.db, {
        orgId: ctx.orgId,
        id: link.id,
        changes: { email_template_id: sms.id },
        proofCapabilities,
      }),
    ).rejects.toMatchObject({ code: 'validation_error', errors: [{ path: ['email_template_id'] }] });
    const withSms = await updateLink(ctx, ctx.db, {
      orgId: ctx.orgId,
      id: link.id,
      changes: { sms_template_id: sms.id },
      proofCapabilities,
    });
    expect(withSms.sms_template_id).toBe(sms.id);
    const cleared = await updateLink(ctx, ctx.db, {
      orgId: ctx.orgId,
      id: link.id,
      changes: { sms_template_id: null },
      proofCapabilities,
    });
    expect(cleared.sms_template_id).toBeNull();
  });

  it('refuses to change an archived Link', async () => {
    const link = await newLink();
    await archiveLink(ctx, ctx.db, { orgId: ctx.orgId, id: link.id });
    await expect(
      updateLink(ctx, ctx.db, { orgId: ctx.orgId, id: link.id, changes: { name: 'x' }, proofCapabilities }),
    ).rejects.toMatchObject({
      code: 'invalid_state',
    });
  });

  it("answers not_found for another organisation's Link and leaves it alone", async () => {
    const other = await createOrganization(ctx, { name: 'Other' });
    const theirs = await newLink(other.id);
    await expect(
      updateLink(ctx, ctx.db, { orgId: ctx.orgId, id: theirs.id, changes: { name: 'Mine' }, proofCapabilities }),
    ).rejects.toMatchObject({
      code: 'not_found',
    });
    expect(await getLink(ctx.db, { orgId: other.id, id: theirs.id })).toEqual(theirs);
  });
});

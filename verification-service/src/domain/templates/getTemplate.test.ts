import { DATABASE_KINDS } from '@helpdesk-verify/testkit/databases';
import { createTestContext, type TestContext } from '../../../test/testContext';
import { createOrganization } from '../organizations/createOrganization';
import { createTemplate } from './createTemplate';
import { getTemplate } from './getTemplate';

describe.each(DATABASE_KINDS)('getTemplate on %s', (kind) => {
  let ctx: TestContext;
  beforeAll(async () => {
    ctx = await createTestContext(kind);
  });
  afterAll(() => ctx.db.close());

  it("finds the organisation's template and answers not_found for another organisation's id", async () => {
    const other = await createOrganization(ctx, { name: 'Other' });
    const template = { name: 'T', channel: 'sms' as const, subject: '', text: '{{link}}', html: '' };
    const mine = await createTemplate(ctx, { orgId: ctx.orgId, template });
    const theirs = await createTemplate(ctx, { orgId: other.id, template });
    expect(await getTemplate(ctx, { orgId: ctx.orgId, id: mine.id })).toEqual(mine);
    await expect(getTemplate(ctx, { orgId: ctx.orgId, id: theirs.id })).rejects.toMatchObject({ code: 'not_found' });
    await expect(getTemplate(ctx, { orgId: ctx.orgId, id: 'tpl_unknown00000' })).rejects.toMatchObject({
      code: 'not_found',
    });
  });
});

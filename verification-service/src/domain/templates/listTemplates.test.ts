import { DATABASE_KINDS } from '@helpdesk-verify/testkit/databases';
import { createTestContext, type TestContext } from '../../../test/testContext';
import { createOrganization } from '../organizations/createOrganization';
import { createTemplate } from './createTemplate';
import { listTemplates } from './listTemplates';

describe.each(DATABASE_KINDS)('listTemplates on %s', (kind) => {
  let ctx: TestContext;
  beforeAll(async () => {
    ctx = await createTestContext(kind);
  });
  afterAll(() => ctx.db.close());

  it("pages through the organisation's templates newest first and never shows another organisation's", async () => {
    const other = await createOrganization(ctx, { name: 'Other' });
    const template = (name: string) => ({ name, channel: 'sms' as const, subject: '', text: '{{link}}', html: '' });
    await createTemplate(ctx, { orgId: other.id, template: template('theirs') });
    for (const name of ['a', 'b', 'c']) {
      ctx.clock.advance(1_000);
      await createTemplate(ctx, { orgId: ctx.orgId, template: template(name) });
    }
    const first = await listTemplates(ctx, { orgId: ctx.orgId, limit: 2 });
    expect(first.data.map((t) => t.name)).toEqual(['c', 'b']);
    expect(first.next_cursor).toEqual(expect.any(String));
    const second = await listTemplates(ctx, { orgId: ctx.orgId, limit: 2, cursor: first.next_cursor! });
    expect(second).toEqual({ data: [expect.objectContaining({ name: 'a' })], next_cursor: null });
  });
});

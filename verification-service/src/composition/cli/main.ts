#!/usr/bin/env node
import { join } from 'node:path';
import { loadConfig } from '../loadConfig';
import { openConfiguredDatabase } from '../openConfiguredDatabase';
import { newId } from '../../kernel/ids';
import { systemClock } from '../../kernel/clock';
import { bootstrapOrganization } from '../../domain/organizations/bootstrapOrganization';
import { defaultTemplates } from '@helpdesk-verify/core-client/templates';
import { createProofRegistry, proofCapabilities } from '../../domain/proofs/proofRegistry';
import { serve } from '../serve';
import { outboxCommand } from './outboxCommand';
import { createUserCommand } from './createUserCommand';
import { auditVerifyCommand } from '../../domain/audit/auditVerifyCommand';

const USAGE = `Usage: helpdesk-verify <command>

  serve                       run the service (the default)
  bootstrap --name "Acme"     create an organisation, an admin API key and a default Link, and print them
  migrate                     apply the database migrations and exit
  outbox [--limit N] [--follow]  print the mail and SMS captured locally
  audit-verify [--org ID]     re-compute the audit log hash chains; exits 1 when one is broken
  create-user --org ID --email E --role admin|agent|auditor [--name N]  add a console user; prints a one-time password

Settings come from the environment (see README).`;

async function main(argv: string[]): Promise<number> {
  const [command = 'serve', ...rest] = argv;
  switch (command) {
    case 'serve':
      await serve();
      return -1;
    case 'migrate': {
      const config = loadConfig();
      const db = await openConfiguredDatabase(config);
      await db.close();
      console.log('migrations applied');
      return 0;
    }
    case 'bootstrap': {
      const at = rest.indexOf('--name');
      const name = at >= 0 ? rest[at + 1] : undefined;
      if (!name) {
        console.error('bootstrap needs --name "Organisation name"');
        return 2;
      }
      const config = loadConfig();
      const db = await openConfiguredDatabase(config);
      try {
        const result = await bootstrapOrganization(
          { db, clock: systemClock, newId },
          {
            name,
            adminKeyName: 'Admin key (bootstrap)',
            defaults: defaultTemplates,
            proofCapabilities: proofCapabilities(createProofRegistry()),
          },
        );
        console.log(`organization: ${result.organization.id} (${result.organization.name})`);
        console.log(`admin API key (shown once): ${result.apiKey.key}`);
        console.log(`default Link: ${result.link.id} (${result.link.name})`);
      } finally {
        await db.close();
      }
      return 0;
    }
    case 'outbox': {
      const config = loadConfig();
      const controller = new AbortController();
      process.once('SIGINT', () => controller.abort());
      return outboxCommand({
        dir: join(config.dataDir, 'outbox'),
        args: rest,
        print: (line: string) => console.log(line),
        signal: controller.signal,
      });
    }
    case 'audit-verify': {
      const db = await openConfiguredDatabase(loadConfig());
      try {
        return await auditVerifyCommand({ db, args: rest, print: (line: string) => console.log(line) });
      } finally {
        await db.close();
      }
    }
    case 'create-user': {
      const db = await openConfiguredDatabase(loadConfig());
      try {
        return await createUserCommand(
          { db, clock: systemClock, newId },
          { args: rest, print: (line: string) => console.log(line) },
        );
      } finally {
        await db.close();
      }
    }
    case '--help':
    case 'help':
      console.log(USAGE);
      return 0;
    default:
      console.error(`Unknown command "${command}".\n\n${USAGE}`);
      return 2;
  }
}

main(process.argv.slice(2)).then(
  (code) => {
    if (code >= 0) process.exitCode = code;
  },
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : String(error));
    process.exitCode = 1;
  },
);

import { chmodSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { count } from 'drizzle-orm';
import type { Clock } from '../core/clock';
import { randomSecret } from '../core/secrets';
import type { DatabaseHandle } from '../db/client';
import { frameworks } from '../db/schema';
import { countUsers, findUserByEmail, insertUser } from '../modules/users/users.service';
import { loadDemoData, systemContext } from '../seed/demo';
import type { Config } from './config';

export interface BootstrapReport {
  /** Set when the first administrator was created with a generated one-time password. */
  oneTimeAdmin?: { email: string; password: string };
  createdAdmin?: string;
  demo?: { password: string; accounts: { email: string; role: string }[]; credentialsFile: string | null };
}

/**
 * First-start work, in one process at a time: migrations, the first administrator, the demo data.
 * A later start finds all of it done and only checks the migrations.
 */
export async function bootstrap(
  database: DatabaseHandle,
  config: Pick<Config, 'admin' | 'demoData' | 'dataDir' | 'databaseUrl'> & Partial<Pick<Config, 'money'>>,
  clock: Clock,
): Promise<BootstrapReport> {
  return database.exclusive(async () => {
    await database.migrate();
    const { db } = database;
    const report: BootstrapReport = {};
    const firstStart = (await countUsers(db)) === 0;
    const [taxonomies] = await db.select({ n: count() }).from(frameworks);
    const emptyData = (taxonomies?.n ?? 0) === 0;

    const wantDemo = config.demoData ?? (database.kind === 'pglite' && firstStart);
    if (wantDemo && emptyData) {
      const demo = await loadDemoData(db, clock, config.money);
      let credentialsFile: string | null = null;
      if (!config.databaseUrl) {
        credentialsFile = join(config.dataDir, 'demo-accounts.txt');
        const lines = demo.accounts.map((a) => `${a.email}\t${a.role}`);
        writeFileSync(credentialsFile, `password\t${demo.password}\n${lines.join('\n')}\n`, { mode: 0o600 });
        chmodSync(credentialsFile, 0o600);
      }
      report.demo = { ...demo, credentialsFile };
    }

    if (config.admin) {
      if (!(await findUserByEmail(db, config.admin.email))) {
        await db.transaction((tx) =>
          insertUser(tx, systemContext, clock, {
            email: config.admin!.email,
            displayName: 'Administrator',
            role: 'admin',
            locale: 'en',
            password: config.admin!.password,
            mustChangePassword: false,
          }),
        );
        report.createdAdmin = config.admin.email;
      }
    } else if (firstStart) {
      const password = randomSecret(12);
      const email = 'admin@entente.local';
      await db.transaction((tx) =>
        insertUser(tx, systemContext, clock, {
          email,
          displayName: 'Administrator',
          role: 'admin',
          locale: 'en',
          password,
          mustChangePassword: true,
        }),
      );
      report.oneTimeAdmin = { email, password };
    }
    return report;
  });
}

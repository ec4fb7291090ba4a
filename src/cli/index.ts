import { Command, Option } from 'commander';
import { systemClock } from '../core/clock';
import { randomSecret } from '../core/secrets';
import { createUserBodySchema } from '../modules/users/users.schemas';
import { insertUser } from '../modules/users/users.service';
import { loadDemoData, systemContext } from '../seed/demo';
import { ConfigError, loadConfig } from '../server/config';
import { openDatabase, serve } from '../server/main';
import { roles } from '../shared/enums';

const program = new Command('entente').description('Entente: partnership-cooperation management');

async function withDatabase<T>(work: (database: Awaited<ReturnType<typeof openDatabase>>) => Promise<T>) {
  const database = await openDatabase(loadConfig());
  try {
    return await work(database);
  } finally {
    await database.close();
  }
}

program
  .command('serve')
  .description('migrate, create the first administrator and demo data if needed, and serve the app')
  .action(async () => {
    await serve();
  });

program
  .command('migrate')
  .description('apply the database migrations and exit')
  .action(() =>
    withDatabase(async (database) => {
      await database.exclusive(() => database.migrate());
      console.log('Migrations applied.');
    }),
  );

program
  .command('seed')
  .description('load the demo data set into an empty database')
  .action(() =>
    withDatabase(async (database) => {
      await database.exclusive(() => database.migrate());
      const demo = await loadDemoData(database.db, systemClock, loadConfig().money);
      console.log(`Demo data loaded. Demo accounts (password ${demo.password}):`);
      for (const a of demo.accounts) console.log(`  ${a.email}  ${a.role}`);
    }),
  );

const user = program.command('user').description('manage user accounts');
user
  .command('create')
  .description('create a user account (prints a generated password unless --password is given)')
  .requiredOption('--email <email>')
  .option('--name <name>', 'display name', 'Administrator')
  .addOption(new Option('--role <role>').choices([...roles]).default('admin'))
  .option('--partner <id>', 'partner id (partner_liaison)')
  .option('--provider <id>', 'provider id (activity_provider)')
  .option('--password <password>', 'at least 12 characters; prefer ENTENTE_NEW_PASSWORD or a generated one')
  .action((options) =>
    withDatabase(async (database) => {
      await database.exclusive(() => database.migrate());
      const password = options.password ?? process.env.ENTENTE_NEW_PASSWORD ?? randomSecret(12);
      const body = createUserBodySchema.parse({
        email: options.email,
        displayName: options.name,
        role: options.role,
        password,
        partnerId: options.partner,
        providerId: options.provider,
        mustChangePassword: !options.password && !process.env.ENTENTE_NEW_PASSWORD,
      });
      const row = await database.db.transaction((tx) => insertUser(tx, systemContext, systemClock, body));
      console.log(`Created ${row.role} ${row.email}${options.password ? '' : ` with password ${password}`}`);
    }),
  );

program.parseAsync().catch((error: unknown) => {
  if (error instanceof ConfigError) console.error(error.message);
  else if (error instanceof Error && 'issues' in error) console.error(`Invalid input: ${error.message}`);
  else console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});

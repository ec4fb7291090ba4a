import { join } from 'node:path';
import { systemClock } from '../core/clock';
import { createMailer } from '../core/mail';
import { type DatabaseHandle, openPglite, openPostgres } from '../db/client';
import { bootstrap } from './bootstrap';
import { type Config, loadConfig } from './config';

export async function openDatabase(config: Config): Promise<DatabaseHandle> {
  return config.databaseUrl
    ? openPostgres(config.databaseUrl, { poolSize: config.databasePoolSize })
    : openPglite(join(config.dataDir, 'pglite'));
}

/** Reads the configuration, opens the database, listens, and shuts down cleanly on SIGTERM/SIGINT. */
export async function serve(config: Config = loadConfig()) {
  const started = performance.now();
  // Loading the app's modules overlaps with opening the database (PGlite compiles its WASM meanwhile).
  const [database, { buildApp }] = await Promise.all([openDatabase(config), import('./app')]);
  const report = await bootstrap(database, config, systemClock);
  const mailer = createMailer(config.mail);
  const app = await buildApp({
    database,
    clock: systemClock,
    publicUrl: config.publicUrl,
    sessionHours: config.sessionHours,
    loginRateLimit: config.loginRateLimit,
    mailer,
    jobs: { seatReleaseWeeks: config.seatReleaseWeeks, deadlineReminderDays: config.deadlineReminderDays },
    money: config.money,
    iati: config.iati,
    webRoot: join(process.cwd(), 'dist', 'web'),
    logger: {
      level: config.logLevel,
      ...(config.pretty ? { transport: { target: 'pino-pretty', options: { ignore: 'pid,hostname' } } } : {}),
    },
  });
  await app.listen({ port: config.port, host: config.host });
  // The mail worker, the seat release and the deadline reminders; app.close() stops them.
  app.jobs.start();

  // Installed before the ready line, so that a signal sent on seeing it is always handled.
  let closing = false;
  const shutdown = async (signal: string) => {
    if (closing) return;
    closing = true;
    app.log.info({ signal }, 'shutting down: finishing in-flight requests');
    const timer = setTimeout(() => process.exit(1), 10_000).unref();
    try {
      // Closing the app waits for the scheduled job in progress, so the database closes after it.
      await app.close();
      await mailer.close();
      await database.close();
    } finally {
      clearTimeout(timer);
    }
    process.exit(0);
  };
  process.once('SIGTERM', () => void shutdown('SIGTERM'));
  process.once('SIGINT', () => void shutdown('SIGINT'));

  const where = config.databaseUrl
    ? 'PostgreSQL (DATABASE_URL)'
    : `PGlite in ${join(config.dataDir, 'pglite')}`;
  const lines = [
    '',
    `Entente is ready at ${config.publicUrl} (${Math.round(performance.now() - started)} ms, database: ${where})`,
    `API reference: ${config.publicUrl}/api/docs`,
  ];
  if (report.oneTimeAdmin) {
    lines.push(
      `First administrator: ${report.oneTimeAdmin.email}  one-time password: ${report.oneTimeAdmin.password}`,
      '  (you will be asked to choose a new password at first sign-in; this is shown only once)',
    );
  }
  if (report.createdAdmin)
    lines.push(`Administrator created from ENTENTE_ADMIN_EMAIL: ${report.createdAdmin}`);
  if (report.demo) {
    lines.push(`Demo data loaded. Demo accounts (password ${report.demo.password}):`);
    for (const a of report.demo.accounts) lines.push(`  ${a.email.padEnd(34)} ${a.role}`);
    if (report.demo.credentialsFile) lines.push(`  (also written to ${report.demo.credentialsFile})`);
  }
  console.log(lines.join('\n'));

  return app;
}

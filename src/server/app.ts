import { randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import fastifyCookie from '@fastify/cookie';
import fastifyHelmet from '@fastify/helmet';
import fastifyRateLimit from '@fastify/rate-limit';
import fastifyStatic from '@fastify/static';
import Fastify, { type FastifyServerOptions } from 'fastify';
import { serializerCompiler, validatorCompiler, type ZodTypeProvider } from 'fastify-type-provider-zod';
import type { Clock } from '../core/clock';
import { AppError } from '../core/errors';
import { createMailer, type Mailer } from '../core/mail';
import type { DatabaseHandle } from '../db/client';
import { auditRoutes } from '../modules/audit/audit.routes';
import { createAuditService } from '../modules/audit/audit.service';
import { authRoutes } from '../modules/auth/auth.routes';
import { createAuthService } from '../modules/auth/auth.service';
import { healthRoutes } from '../modules/health/health.routes';
import { menuRoutes } from '../modules/menu/menu.routes';
import { createMenuService } from '../modules/menu/menu.service';
import { menuFeedRoutes } from '../modules/menu/menu-feeds.routes';
import { createMenuFeedService } from '../modules/menu/menu-feeds.service';
import { menuIoRoutes } from '../modules/menu/menu-io.routes';
import { createMenuIoService } from '../modules/menu/menu-io.service';
import { nominationRoutes } from '../modules/nominations/nominations.routes';
import { createNominationService } from '../modules/nominations/nominations.service';
import { nominationReportRoutes } from '../modules/nominations/nominations-reports.routes';
import { notificationRoutes } from '../modules/notifications/notifications.routes';
import { createNotificationService } from '../modules/notifications/notifications.service';
import { partnerRoutes } from '../modules/partners/partners.routes';
import { createPartnerService } from '../modules/partners/partners.service';
import { programmeRoutes } from '../modules/programmes/programmes.routes';
import { createProgrammeService } from '../modules/programmes/programmes.service';
import { programmeReportRoutes } from '../modules/programmes/programmes-report.routes';
import { createProgrammeReportService } from '../modules/programmes/programmes-report.service';
import { providerRoutes } from '../modules/providers/providers.routes';
import { createProviderService } from '../modules/providers/providers.service';
import { taxonomyRoutes } from '../modules/taxonomies/taxonomies.routes';
import { createTaxonomyService } from '../modules/taxonomies/taxonomies.service';
import { trustFundDocumentRoutes } from '../modules/trust-funds/documents.routes';
import { createTrustFundDocumentService } from '../modules/trust-funds/documents.service';
import { createFundService } from '../modules/trust-funds/funds.service';
import { iatiRoutes } from '../modules/trust-funds/iati.routes';
import { createIatiService } from '../modules/trust-funds/iati.service';
import { iatiImportRoutes } from '../modules/trust-funds/iati-import.routes';
import { createIatiImportService } from '../modules/trust-funds/iati-import.service';
import { defaultIatiSettings, type IatiSettings } from '../modules/trust-funds/iati-model';
import { createProjectService } from '../modules/trust-funds/projects.service';
import { rateRoutes } from '../modules/trust-funds/rates.routes';
import { createRateService } from '../modules/trust-funds/rates.service';
import { defaultMoneySettings, type MoneySettings } from '../modules/trust-funds/tf-money';
import { trustFundReportRoutes } from '../modules/trust-funds/tf-reports.routes';
import { createTrustFundReportService } from '../modules/trust-funds/tf-reports.service';
import { createTransactionService } from '../modules/trust-funds/transactions.service';
import { trustFundRoutes } from '../modules/trust-funds/trust-funds.routes';
import { userRoutes } from '../modules/users/users.routes';
import { createUserService } from '../modules/users/users.service';
import { defaultJobSettings, type JobSettings, jobsPlugin } from './jobs';
import { accessPlugin } from './plugins/access';
import { errorsPlugin } from './plugins/errors';
import { inputGuardPlugin } from './plugins/input-guard';
import { openApiPlugin } from './plugins/openapi';

export interface AppOptions {
  database: DatabaseHandle;
  clock: Clock;
  logger?: FastifyServerOptions['logger'];
  publicUrl: string;
  sessionHours: number;
  loginRateLimit: number;
  /**
   * Sends the notification e-mails. main.ts passes the configured one; left out (tests, benchmarks),
   * it is the disabled mailer: the outbox rows are marked skipped and the bell still works.
   */
  mailer?: Mailer;
  /** The scheduled jobs' settings; `app.jobs.start()` starts them (main.ts does, tests don't). */
  jobs?: JobSettings;
  /** The rate table's base currency and the money rules (ENTENTE_BASE_CURRENCY …); defaults: EUR, 7 days, refuse. */
  money?: MoneySettings;
  /** The publisher named in the IATI export (ENTENTE_IATI_PUBLISHER_*); default: the demonstration publisher. */
  iati?: IatiSettings;
  /** The built web app (index.html and assets); served with an SPA fallback when present. */
  webRoot?: string;
}

/** Builds the whole app from its dependencies, without listening: tests call `inject()` on it. */
export async function buildApp(options: AppOptions) {
  const { database, clock } = options;
  const db = database.db;
  const money = options.money ?? defaultMoneySettings;
  const app = Fastify({
    logger: options.logger ?? false,
    genReqId: () => randomUUID(),
    bodyLimit: 1024 * 1024,
    forceCloseConnections: 'idle',
    return503OnClosing: true,
  }).withTypeProvider<ZodTypeProvider>();
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  // The API speaks JSON only: any other body is answered 415 rather than half-understood.
  app.removeContentTypeParser('text/plain');

  const services = {
    auth: createAuthService({ db, clock, sessionHours: options.sessionHours }),
    partners: createPartnerService({ db, clock }),
    frameworks: createTaxonomyService({ db, clock }, 'framework'),
    areas: createTaxonomyService({ db, clock }, 'area'),
    users: createUserService({ db, clock }),
    providers: createProviderService({ db, clock }),
    audit: createAuditService({ db }),
    menu: createMenuService({ db, clock }),
    menuFeeds: createMenuFeedService({ db, clock, publicUrl: options.publicUrl }),
    menuIo: createMenuIoService({ db, clock }),
    programmes: createProgrammeService({ db, clock }),
    programmeReports: createProgrammeReportService({ db }),
    notifications: createNotificationService({ db, clock }),
    nominations: createNominationService({ db, clock }),
    funds: createFundService({ db, clock }),
    projects: createProjectService({ db, clock }),
    transactions: createTransactionService({ db, clock, money }),
    rates: createRateService({ db, clock, money }),
    tfDocuments: createTrustFundDocumentService({ db, clock }),
    tfReports: createTrustFundReportService({ db, money }),
    iati: createIatiService({ db, clock, iati: options.iati ?? defaultIatiSettings }),
    iatiImport: createIatiImportService({ db, clock, money, iati: options.iati ?? defaultIatiSettings }),
  };

  await app.register(errorsPlugin, {
    spaRoot: options.webRoot && existsSync(options.webRoot) ? options.webRoot : null,
  });
  await app.register(fastifyHelmet, {
    contentSecurityPolicy: {
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:'],
        connectSrc: ["'self'"],
        upgradeInsecureRequests: null,
      },
    },
  });
  await app.register(fastifyCookie);
  await app.register(fastifyRateLimit, {
    global: false,
    errorResponseBuilder: (_request, context) =>
      new AppError(429, 'auth.rate_limited', { retryAfter: Math.ceil(context.ttl / 1000) }),
  });
  await app.register(accessPlugin, { auth: services.auth });
  await app.register(inputGuardPlugin);
  await app.register(openApiPlugin, { publicUrl: options.publicUrl });
  await app.register(jobsPlugin, {
    db,
    clock,
    mailer: options.mailer ?? createMailer({ smtpUrl: undefined, from: '' }),
    publicUrl: options.publicUrl,
    settings: options.jobs ?? defaultJobSettings,
  });
  await app.register(healthRoutes, { database });

  await app.register(
    async (api) => {
      await api.register(authRoutes, {
        auth: services.auth,
        secureCookies: options.publicUrl.startsWith('https:'),
        loginRateLimit: options.loginRateLimit,
      });
      await api.register(partnerRoutes, { partners: services.partners });
      await api.register(taxonomyRoutes, {
        path: 'frameworks',
        tag: 'frameworks',
        service: services.frameworks,
      });
      await api.register(taxonomyRoutes, { path: 'areas', tag: 'areas', service: services.areas });
      await api.register(userRoutes, { users: services.users });
      await api.register(providerRoutes, { providers: services.providers });
      await api.register(auditRoutes, { audit: services.audit });
      await api.register(menuRoutes, { menu: services.menu });
      await api.register(menuFeedRoutes, { feeds: services.menuFeeds });
      await api.register(menuIoRoutes, { io: services.menuIo });
      await api.register(programmeRoutes, { programmes: services.programmes });
      await api.register(programmeReportRoutes, { reports: services.programmeReports });
      await api.register(notificationRoutes, { notifications: services.notifications });
      await api.register(nominationRoutes, { nominations: services.nominations });
      await api.register(nominationReportRoutes, { nominations: services.nominations });
      await api.register(trustFundRoutes, {
        funds: services.funds,
        projects: services.projects,
        transactions: services.transactions,
      });
      await api.register(trustFundDocumentRoutes, { documents: services.tfDocuments });
      await api.register(rateRoutes, { rates: services.rates });
      await api.register(trustFundReportRoutes, { reports: services.tfReports });
      await api.register(iatiRoutes, { iati: services.iati });
      await api.register(iatiImportRoutes, { iatiImport: services.iatiImport });
    },
    { prefix: '/api/v1' },
  );

  if (options.webRoot && existsSync(options.webRoot)) {
    // Wildcard: files built after start (a rebuild in development) are served too; a path that is no
    // file falls through to the not-found handler, which answers the web app's own routes.
    await app.register(fastifyStatic, { root: options.webRoot, wildcard: true, index: 'index.html' });
  }
  return app;
}

export type App = Awaited<ReturnType<typeof buildApp>>;

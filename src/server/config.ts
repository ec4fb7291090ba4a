import { resolve } from 'node:path';
import { z } from 'zod';
import { type MailerConfig, parseMailbox } from '../core/mail';
import { IATI_ORG_REF, IATI_ORG_TYPES, type IatiSettings } from '../modules/trust-funds/iati-model';
import type { MoneySettings } from '../modules/trust-funds/tf-money';
import { isCurrencyCode } from '../shared/currencies';

const booleanFlag = z
  .enum(['true', 'false', '1', '0', 'yes', 'no'], { message: 'use true or false' })
  .transform((value) => ['true', '1', 'yes'].includes(value));

/** smtp:// (STARTTLS when the server offers it) or smtps:// (TLS from the first byte), with a host. */
function isSmtpUrl(value: string): boolean {
  if (!URL.canParse(value)) return false;
  const url = new URL(value);
  return (url.protocol === 'smtp:' || url.protocol === 'smtps:') && url.hostname !== '';
}

const envSchema = z
  .object({
    PORT: z.coerce.number().int().min(1).max(65_535).default(8080),
    HOST: z.string().min(1).default('0.0.0.0'),
    DATABASE_URL: z
      .string()
      .regex(/^postgres(ql)?:\/\//, 'must start with postgres:// or postgresql://')
      .optional(),
    DATABASE_POOL_SIZE: z.coerce.number().int().min(1).max(200).default(10),
    ENTENTE_DATA_DIR: z.string().min(1).default('./data'),
    ENTENTE_ADMIN_EMAIL: z.email().optional(),
    ENTENTE_ADMIN_PASSWORD: z.string().min(12, 'must be at least 12 characters').max(200).optional(),
    ENTENTE_DEMO_DATA: booleanFlag.optional(),
    ENTENTE_PUBLIC_URL: z.url().optional(),
    ENTENTE_SESSION_HOURS: z.coerce
      .number()
      .int()
      .min(1)
      .max(24 * 30)
      .default(12),
    ENTENTE_LOGIN_RATE_LIMIT: z.coerce.number().int().min(1).max(10_000).default(10),
    ENTENTE_SMTP_URL: z
      .string()
      .refine(isSmtpUrl, 'must be smtp://host[:port] or smtps://host[:port], with user:password@ if needed')
      .optional(),
    ENTENTE_MAIL_FROM: z
      .string()
      .refine((value) => parseMailbox(value) !== undefined, 'use an address or "Name <address>"')
      .transform((value) => value.trim())
      .default('Entente <no-reply@entente.invalid>'),
    ENTENTE_SEAT_RELEASE_WEEKS: z.coerce.number().int().min(0).max(26).default(2),
    ENTENTE_DEADLINE_REMINDER_DAYS: z.coerce.number().int().min(1).max(60).default(7),
    ENTENTE_BASE_CURRENCY: z
      .string()
      .trim()
      .toUpperCase()
      .refine(isCurrencyCode, 'must be an ISO 4217 currency code, e.g. EUR')
      .default('EUR'),
    ENTENTE_RATE_MAX_AGE_DAYS: z.coerce.number().int().min(0).max(31).default(7),
    ENTENTE_OVERDISBURSEMENT: z.enum(['refuse', 'flag']).default('refuse'),
    ENTENTE_IATI_PUBLISHER_REF: z
      .string()
      .trim()
      .regex(IATI_ORG_REF, 'must be an IATI organisation identifier, e.g. XM-DAC-701 or XI-IATI-ENTENTE-DEMO')
      .default('XI-IATI-ENTENTE-DEMO'),
    ENTENTE_IATI_PUBLISHER_NAME_EN: z
      .string()
      .trim()
      .min(1)
      .max(300)
      .default('Entente demonstration publisher'),
    ENTENTE_IATI_PUBLISHER_NAME_FR: z
      .string()
      .trim()
      .min(1)
      .max(300)
      .default('Éditeur de démonstration d’Entente'),
    ENTENTE_IATI_PUBLISHER_TYPE: z
      .string()
      .trim()
      .refine(
        (code) => IATI_ORG_TYPES.includes(code),
        'must be an IATI OrganisationType code, e.g. 40 (multilateral)',
      )
      .default('40'),
    LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
    NODE_ENV: z.string().optional(),
  })
  .refine((env) => !env.ENTENTE_ADMIN_EMAIL === !env.ENTENTE_ADMIN_PASSWORD, {
    message: 'set ENTENTE_ADMIN_EMAIL and ENTENTE_ADMIN_PASSWORD together',
    path: ['ENTENTE_ADMIN_PASSWORD'],
  });

export interface Config {
  port: number;
  host: string;
  databaseUrl: string | undefined;
  databasePoolSize: number;
  dataDir: string;
  admin: { email: string; password: string } | undefined;
  /** undefined: the default (load it into an empty embedded database only). */
  demoData: boolean | undefined;
  publicUrl: string;
  sessionHours: number;
  loginRateLimit: number;
  /** No SMTP URL: e-mail is off and notifications stay in the app. */
  mail: MailerConfig;
  /** Weeks before an iteration's start when its unfilled seats go to the waiting list (0: never released). */
  seatReleaseWeeks: number;
  /** Days before a nomination deadline when liaisons who have not nominated yet are reminded. */
  deadlineReminderDays: number;
  /** The rate table's base currency, how old a rate may be, what a disbursement beyond the balance does. */
  money: MoneySettings;
  /** The publisher named in the IATI export: its organisation identifier, names and type. */
  iati: IatiSettings;
  logLevel: string;
  pretty: boolean;
}

export class ConfigError extends Error {}

/** Reads and validates the environment once; a bad value stops the start with a clear message. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const cleaned = Object.fromEntries(Object.entries(env).filter(([, value]) => value !== ''));
  const parsed = envSchema.safeParse(cleaned);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((issue) => `  ${issue.path.join('.') || 'env'}: ${issue.message}`);
    throw new ConfigError(`Invalid configuration:\n${lines.join('\n')}`);
  }
  const e = parsed.data;
  return {
    port: e.PORT,
    host: e.HOST,
    databaseUrl: e.DATABASE_URL,
    databasePoolSize: e.DATABASE_POOL_SIZE,
    dataDir: resolve(e.ENTENTE_DATA_DIR),
    admin:
      e.ENTENTE_ADMIN_EMAIL && e.ENTENTE_ADMIN_PASSWORD
        ? { email: e.ENTENTE_ADMIN_EMAIL, password: e.ENTENTE_ADMIN_PASSWORD }
        : undefined,
    demoData: e.ENTENTE_DEMO_DATA,
    publicUrl: (e.ENTENTE_PUBLIC_URL ?? `http://localhost:${e.PORT}`).replace(/\/$/, ''),
    sessionHours: e.ENTENTE_SESSION_HOURS,
    loginRateLimit: e.ENTENTE_LOGIN_RATE_LIMIT,
    mail: { smtpUrl: e.ENTENTE_SMTP_URL, from: e.ENTENTE_MAIL_FROM },
    seatReleaseWeeks: e.ENTENTE_SEAT_RELEASE_WEEKS,
    deadlineReminderDays: e.ENTENTE_DEADLINE_REMINDER_DAYS,
    money: {
      baseCurrency: e.ENTENTE_BASE_CURRENCY,
      rateMaxAgeDays: e.ENTENTE_RATE_MAX_AGE_DAYS,
      overBalance: e.ENTENTE_OVERDISBURSEMENT,
    },
    iati: {
      publisherRef: e.ENTENTE_IATI_PUBLISHER_REF,
      publisherName: { en: e.ENTENTE_IATI_PUBLISHER_NAME_EN, fr: e.ENTENTE_IATI_PUBLISHER_NAME_FR },
      publisherType: e.ENTENTE_IATI_PUBLISHER_TYPE,
    },
    logLevel: e.LOG_LEVEL,
    pretty: e.NODE_ENV !== 'production' && process.stdout.isTTY === true,
  };
}

import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from './config';

function configError(env: NodeJS.ProcessEnv): ConfigError {
  try {
    loadConfig(env);
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigError);
    return error as ConfigError;
  }
  throw new Error('expected a ConfigError');
}

describe('loadConfig', () => {
  it('starts with no settings at all: embedded database, port 8080, no admin, default demo data', () => {
    const config = loadConfig({});
    expect(config).toMatchObject({
      port: 8080,
      host: '0.0.0.0',
      databaseUrl: undefined,
      databasePoolSize: 10,
      dataDir: resolve('./data'),
      admin: undefined,
      demoData: undefined,
      publicUrl: 'http://localhost:8080',
      sessionHours: 12,
      loginRateLimit: 10,
      // No SMTP server: e-mail is off, notifications stay in the app.
      mail: { smtpUrl: undefined, from: 'Entente <no-reply@entente.invalid>' },
      seatReleaseWeeks: 2,
      deadlineReminderDays: 7,
      iati: {
        publisherRef: 'XI-IATI-ENTENTE-DEMO',
        publisherName: { en: 'Entente demonstration publisher', fr: 'Éditeur de démonstration d’Entente' },
        publisherType: '40',
      },
      logLevel: 'info',
    });
  });

  it('reads every setting it is given', () => {
    const config = loadConfig({
      PORT: '3000',
      HOST: '127.0.0.1',
      DATABASE_URL: 'postgresql://entente@db:5432/entente',
      DATABASE_POOL_SIZE: '25',
      ENTENTE_DATA_DIR: '/var/lib/entente',
      ENTENTE_ADMIN_EMAIL: 'admin@example.org',
      ENTENTE_ADMIN_PASSWORD: 'a long enough password',
      ENTENTE_PUBLIC_URL: 'https://entente.example.org/',
      ENTENTE_SESSION_HOURS: '8',
      ENTENTE_LOGIN_RATE_LIMIT: '5',
      ENTENTE_SMTP_URL: 'smtps://entente:s%40cret@mail.example.org:465',
      ENTENTE_MAIL_FROM: ' Partnership Office <partnerships@example.org> ',
      ENTENTE_SEAT_RELEASE_WEEKS: '3',
      ENTENTE_DEADLINE_REMINDER_DAYS: '10',
      LOG_LEVEL: 'warn',
    });
    expect(config).toMatchObject({
      port: 3000,
      host: '127.0.0.1',
      databaseUrl: 'postgresql://entente@db:5432/entente',
      databasePoolSize: 25,
      dataDir: '/var/lib/entente',
      admin: { email: 'admin@example.org', password: 'a long enough password' },
      // The trailing slash is dropped so that links can be appended to it.
      publicUrl: 'https://entente.example.org',
      sessionHours: 8,
      loginRateLimit: 5,
      mail: {
        smtpUrl: 'smtps://entente:s%40cret@mail.example.org:465',
        from: 'Partnership Office <partnerships@example.org>',
      },
      seatReleaseWeeks: 3,
      deadlineReminderDays: 10,
      logLevel: 'warn',
    });
  });

  it('derives the public URL from the port when none is set', () => {
    expect(loadConfig({ PORT: '9000' }).publicUrl).toBe('http://localhost:9000');
  });

  it('treats an empty variable as unset', () => {
    expect(loadConfig({ PORT: '', DATABASE_URL: '', ENTENTE_ADMIN_EMAIL: '' })).toMatchObject({
      port: 8080,
      databaseUrl: undefined,
      admin: undefined,
    });
  });

  it.each([
    ['true', true],
    ['1', true],
    ['yes', true],
    ['false', false],
    ['0', false],
    ['no', false],
  ])('reads ENTENTE_DEMO_DATA=%s as %s', (value, expected) => {
    expect(loadConfig({ ENTENTE_DEMO_DATA: value }).demoData).toBe(expected);
  });

  it('refuses a demo-data flag it cannot read', () => {
    const error = configError({ ENTENTE_DEMO_DATA: 'maybe' });
    expect(error.message).toContain('ENTENTE_DEMO_DATA: use true or false');
  });

  it.each(['abc', '0', '65536', '80.5', '-1'])('refuses PORT=%s, naming the variable', (port) => {
    const error = configError({ PORT: port });
    expect(error.message).toMatch(/^Invalid configuration:\n {2}PORT: /);
  });

  it('refuses a DATABASE_URL that is not a PostgreSQL URL', () => {
    for (const url of ['mysql://root@db/entente', 'localhost:5432', 'sqlite:./data.db']) {
      expect(configError({ DATABASE_URL: url }).message).toContain(
        'DATABASE_URL: must start with postgres:// or postgresql://',
      );
    }
  });

  it('refuses an admin e-mail without a password, or a password without an e-mail', () => {
    expect(configError({ ENTENTE_ADMIN_EMAIL: 'admin@example.org' }).message).toContain(
      'ENTENTE_ADMIN_PASSWORD: set ENTENTE_ADMIN_EMAIL and ENTENTE_ADMIN_PASSWORD together',
    );
    expect(configError({ ENTENTE_ADMIN_PASSWORD: 'a long enough password' }).message).toContain(
      'set ENTENTE_ADMIN_EMAIL and ENTENTE_ADMIN_PASSWORD together',
    );
  });

  it('refuses a short admin password and a malformed admin e-mail', () => {
    expect(
      configError({ ENTENTE_ADMIN_EMAIL: 'admin@example.org', ENTENTE_ADMIN_PASSWORD: 'short' }).message,
    ).toContain('ENTENTE_ADMIN_PASSWORD: must be at least 12 characters');
    expect(
      configError({ ENTENTE_ADMIN_EMAIL: 'not an e-mail', ENTENTE_ADMIN_PASSWORD: 'a long enough password' })
        .message,
    ).toContain('ENTENTE_ADMIN_EMAIL:');
  });

  it('refuses an unknown LOG_LEVEL', () => {
    const error = configError({ LOG_LEVEL: 'verbose' });
    expect(error.message).toContain('LOG_LEVEL:');
    expect(error.message).toContain('info');
  });

  it('refuses out-of-range numbers and a malformed public URL', () => {
    expect(configError({ ENTENTE_SESSION_HOURS: '0' }).message).toContain('ENTENTE_SESSION_HOURS:');
    expect(configError({ ENTENTE_LOGIN_RATE_LIMIT: 'many' }).message).toContain('ENTENTE_LOGIN_RATE_LIMIT:');
    expect(configError({ DATABASE_POOL_SIZE: '500' }).message).toContain('DATABASE_POOL_SIZE:');
    expect(configError({ ENTENTE_PUBLIC_URL: 'entente.example.org' }).message).toContain(
      'ENTENTE_PUBLIC_URL:',
    );
  });

  it('accepts plain and TLS SMTP URLs, with or without credentials and port', () => {
    for (const url of ['smtp://localhost', 'smtp://mail.example.org:587', 'smtps://u:p@10.0.0.5:465']) {
      expect(loadConfig({ ENTENTE_SMTP_URL: url }).mail.smtpUrl).toBe(url);
    }
    expect(loadConfig({ ENTENTE_MAIL_FROM: 'no-reply@example.org' }).mail.from).toBe('no-reply@example.org');
  });

  it('refuses an SMTP URL that is not smtp:// or smtps:// with a host', () => {
    for (const url of [
      'mail.example.org:587',
      'http://mail.example.org',
      'smtp://',
      'mailto:a@example.org',
    ]) {
      expect(configError({ ENTENTE_SMTP_URL: url }).message).toContain(
        'ENTENTE_SMTP_URL: must be smtp://host[:port] or smtps://host[:port]',
      );
    }
  });

  it('refuses a sender that is not an address or "Name <address>"', () => {
    for (const from of [
      'Entente',
      'Entente <no-reply>',
      'a@example.org, b@example.org',
      'X\nBcc: y <a@example.org>',
    ]) {
      expect(configError({ ENTENTE_MAIL_FROM: from }).message).toContain(
        'ENTENTE_MAIL_FROM: use an address or "Name <address>"',
      );
    }
  });

  it('reads a seat release period of 0 weeks (no release) and refuses release or reminder periods out of range', () => {
    expect(loadConfig({ ENTENTE_SEAT_RELEASE_WEEKS: '0' }).seatReleaseWeeks).toBe(0);
    expect(loadConfig({ ENTENTE_DEADLINE_REMINDER_DAYS: '60' }).deadlineReminderDays).toBe(60);
    for (const weeks of ['-1', '27', '1.5', 'two']) {
      expect(configError({ ENTENTE_SEAT_RELEASE_WEEKS: weeks }).message).toContain(
        'ENTENTE_SEAT_RELEASE_WEEKS:',
      );
    }
    for (const days of ['0', '61', '7.5', 'week']) {
      expect(configError({ ENTENTE_DEADLINE_REMINDER_DAYS: days }).message).toContain(
        'ENTENTE_DEADLINE_REMINDER_DAYS:',
      );
    }
  });

  it('reports every bad setting at once, one per line', () => {
    const error = configError({ PORT: 'x', LOG_LEVEL: 'loud', DATABASE_URL: 'mysql://db' });
    const lines = error.message.split('\n').slice(1);
    expect(lines.map((line) => line.trim().split(':')[0]).sort()).toEqual([
      'DATABASE_URL',
      'LOG_LEVEL',
      'PORT',
    ]);
  });
});

import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from './config';

describe('configuration', () => {
  it('has defaults that start an embedded installation on port 8080', () => {
    const config = loadConfig({});
    expect(config).toMatchObject({
      port: 8080,
      host: '0.0.0.0',
      databaseUrl: undefined,
      admin: undefined,
      demoData: undefined,
      publicUrl: 'http://localhost:8080',
      logLevel: 'info',
    });
    expect(config.dataDir).toMatch(/\/data$/);
  });

  it('reads every documented variable', () => {
    const config = loadConfig({
      PORT: '9000',
      DATABASE_URL: 'postgres://u@db:5432/entente',
      ENTENTE_ADMIN_EMAIL: 'ops@example.org',
      ENTENTE_ADMIN_PASSWORD: 'a long enough password',
      ENTENTE_DEMO_DATA: 'false',
      ENTENTE_PUBLIC_URL: 'https://entente.example.org/',
      LOG_LEVEL: 'warn',
    });
    expect(config).toMatchObject({
      port: 9000,
      databaseUrl: 'postgres://u@db:5432/entente',
      admin: { email: 'ops@example.org', password: 'a long enough password' },
      demoData: false,
      publicUrl: 'https://entente.example.org',
      logLevel: 'warn',
    });
  });

  it.each([
    [{ PORT: '70000' }, 'PORT'],
    [{ PORT: 'eighty' }, 'PORT'],
    [{ DATABASE_URL: 'mysql://x' }, 'DATABASE_URL'],
    [{ ENTENTE_ADMIN_EMAIL: 'ops@example.org' }, 'ENTENTE_ADMIN_PASSWORD'],
    [{ ENTENTE_ADMIN_EMAIL: 'ops@example.org', ENTENTE_ADMIN_PASSWORD: 'short' }, 'ENTENTE_ADMIN_PASSWORD'],
    [{ ENTENTE_DEMO_DATA: 'maybe' }, 'ENTENTE_DEMO_DATA'],
    [{ LOG_LEVEL: 'loud' }, 'LOG_LEVEL'],
    [{ ENTENTE_PUBLIC_URL: 'not a url' }, 'ENTENTE_PUBLIC_URL'],
  ])('stops on %o with a message naming %s', (env, name) => {
    expect(() => loadConfig(env)).toThrow(ConfigError);
    expect(() => loadConfig(env)).toThrow(new RegExp(`${name}:`));
  });
});

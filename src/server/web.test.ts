import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openPglite } from '../db/client';
import { FakeClock } from '../test/clock';
import { type App, buildApp } from './app';

describe('serving the web app', () => {
  const webRoot = mkdtempSync(join(tmpdir(), 'entente-web-'));
  let app: App;
  let close: () => Promise<void>;

  beforeAll(async () => {
    writeFileSync(join(webRoot, 'index.html'), '<!doctype html><title>Entente</title>');
    mkdirSync(join(webRoot, 'assets'));
    writeFileSync(join(webRoot, 'assets', 'app-1.js'), 'console.log(1)');
    const database = await openPglite();
    await database.migrate();
    app = await buildApp({
      database,
      clock: new FakeClock(),
      publicUrl: 'http://localhost',
      sessionHours: 1,
      loginRateLimit: 5,
      webRoot,
    });
    close = async () => {
      await app.close();
      await database.close();
      rmSync(webRoot, { recursive: true, force: true });
    };
  });
  afterAll(() => close?.());

  it('answers the app’s own routes with its page, with security headers', async () => {
    for (const url of ['/', '/partners', '/partners/123?tab=history']) {
      const response = await app.inject({ url });
      expect(response.statusCode, url).toBe(200);
      expect(response.body).toContain('<title>Entente</title>');
    }
    const page = await app.inject({ url: '/partners' });
    expect(page.headers['content-security-policy']).toContain("script-src 'self'");
    expect(page.headers['x-content-type-options']).toBe('nosniff');
  });

  it('serves assets, and a missing asset or API route is a 404 problem, not the page', async () => {
    expect((await app.inject({ url: '/assets/app-1.js' })).headers['content-type']).toContain('javascript');
    for (const url of ['/assets/app-2.js', '/api/v1/nothing', '/api/v1']) {
      const response = await app.inject({ url });
      expect(response.statusCode, url).toBe(404);
      expect(response.headers['content-type']).toContain('application/problem+json');
    }
  });
});

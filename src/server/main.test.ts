import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const dataDir = mkdtempSync(join(tmpdir(), 'entente-main-'));
const port = 18_000 + Math.floor(Math.random() * 2000);
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

function start(env: Record<string, string>): {
  child: ChildProcess;
  output: () => string;
  ready: Promise<void>;
} {
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/cli/index.ts', 'serve'], {
    env: {
      ...process.env,
      ENTENTE_DATA_DIR: dataDir,
      PORT: String(port),
      HOST: '127.0.0.1',
      LOG_LEVEL: 'warn',
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const ready = new Promise<void>((resolve, reject) => {
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      if (output.includes('Entente is ready')) resolve();
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', onData);
    child.on('exit', (code) => reject(new Error(`exited with ${code}: ${output}`)));
  });
  ready.catch(() => {}); // the test that expects a failed start awaits the exit instead
  return { child, output: () => output, ready };
}

const exited = (child: ChildProcess) => new Promise<number | null>((resolve) => child.on('exit', resolve));

describe('the server process', () => {
  it('refuses to start on a bad setting, naming it', async () => {
    const { child, output } = start({ PORT: 'eighty' });
    expect(await exited(child)).toBe(1);
    expect(output()).toContain('PORT');
  });

  it('finishes a request in flight on SIGTERM, closes the database, and starts again on the same data', async () => {
    const first = start({ ENTENTE_DEMO_DATA: 'false' });
    await first.ready;
    expect(first.output()).toContain('one-time password');

    // A sign-in whose body is still arriving when the signal comes.
    const body = JSON.stringify({ email: 'nobody@example.org', password: 'not the password' });
    const answer = new Promise<number>((resolve, reject) => {
      const req = request(
        {
          port,
          host: '127.0.0.1',
          method: 'POST',
          path: '/api/v1/auth/login',
          headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) },
        },
        (res) => {
          res.resume();
          resolve(res.statusCode ?? 0);
        },
      );
      req.on('error', reject);
      req.write(body.slice(0, 10));
      setTimeout(() => {
        first.child.kill('SIGTERM');
        setTimeout(() => req.end(body.slice(10)), 300);
      }, 200);
    });
    expect(await answer).toBe(401);
    expect(await exited(first.child)).toBe(0);

    const second = start({});
    await second.ready;
    expect(second.output()).not.toContain('one-time password');
    second.child.kill('SIGTERM');
    expect(await exited(second.child)).toBe(0);
  });
});

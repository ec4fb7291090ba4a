// Starts the real Entente server for the end-to-end suite on a fresh, temporary embedded database
// (demo data loaded, an administrator from the environment), and removes the data when it stops.
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
if (!existsSync(join(root, 'dist', 'web', 'index.html'))) {
  console.error('dist/web is missing: run `npx vite build` first (`npm run test:e2e` does).');
  process.exit(1);
}

const dataDir = mkdtempSync(join(tmpdir(), 'entente-e2e-'));
const child = spawn(process.execPath, ['--import', 'tsx', join(root, 'src/cli/index.ts'), 'serve'], {
  cwd: root,
  stdio: 'inherit',
  env: {
    ...process.env,
    ENTENTE_DATA_DIR: dataDir,
    ENTENTE_DEMO_DATA: 'true',
    PORT: process.env.E2E_PORT ?? '8181',
    // The suite signs in many times from one address.
    ENTENTE_LOGIN_RATE_LIMIT: '1000',
    LOG_LEVEL: process.env.LOG_LEVEL ?? 'warn',
  },
});

let stopping = false;
const stop = (signal) => {
  if (stopping) return;
  stopping = true;
  child.kill(signal);
};
process.on('SIGTERM', () => stop('SIGTERM'));
process.on('SIGINT', () => stop('SIGINT'));
child.on('exit', (code, signal) => {
  rmSync(dataDir, { recursive: true, force: true });
  process.exit(code ?? (signal ? 0 : 1));
});

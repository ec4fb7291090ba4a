// Fails when the Drizzle schema and the committed migrations have drifted apart:
// generating into a copy of the migrations folder must find nothing to write.
import { spawnSync } from 'node:child_process';
import { cpSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
// drizzle-kit wants a path relative to the project.
const relative = `node_modules/.cache/entente-migrations-check-${process.pid}`;
const copy = join(root, relative);
cpSync(join(root, 'src/db/migrations'), copy, { recursive: true });
const before = readdirSync(copy).length;
const result = spawnSync(
  'npx',
  [
    'drizzle-kit',
    'generate',
    '--dialect',
    'postgresql',
    '--schema',
    'src/db/schema/index.ts',
    '--out',
    relative,
  ],
  { cwd: root, encoding: 'utf8' },
);
const after = readdirSync(copy).length;
rmSync(copy, { recursive: true, force: true });
if (result.status !== 0 || (!/No schema changes/i.test(result.stdout + result.stderr) && after === before)) {
  console.error(result.stdout, result.stderr);
  process.exit(1);
}
if (after !== before) {
  console.error(
    'The schema has changed but no migration was generated: run `npm run db:generate` and commit it.',
  );
  process.exit(1);
}
console.log('Migrations match the schema.');

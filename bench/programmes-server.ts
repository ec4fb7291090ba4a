import { sql } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import { systemClock } from '../src/core/clock';
import { type DatabaseHandle, selectRows } from '../src/db/client';
import { buildApp } from '../src/server/app';
import { type RawClient, rawClientOf, runnerOf } from './ceiling';
import { addDecisionCeiling, decisionTexts, recordWrite, type WriteRecording } from './decision-replay';
import { generateProgrammesData } from './programmes-generate';
import { buildProgrammeScenarios } from './programmes-scenarios';
import type { ChildConfig, DecisionCounts, ReadyMessage, SqlCheck } from './protocol';
import { buildReplayCeiling, recordScenarios } from './replay';
import type { Scenario } from './scenarios';

/**
 * The programmes half of the bench server (server.ts forks into it for `--scenario programmes`):
 * generates the catalogue, programmes and nominations, starts the app, records its driver calls for
 * every read URL and for two nomination decisions, and starts the ceiling that replays them.
 */
export async function startProgrammesServer(
  config: ChildConfig,
  database: DatabaseHandle,
  checkSameSql: (
    client: RawClient,
    app: FastifyInstance,
    ceiling: FastifyInstance,
    scenarios: Scenario[],
    token: string,
  ) => Promise<SqlCheck[]>,
): Promise<{
  ready: ReadyMessage;
  check(): Promise<Record<string, DecisionCounts>>;
  close(): Promise<void>;
}> {
  const started = performance.now();
  const data = await generateProgrammesData(database.db, systemClock, {
    iterations: config.menuIterations,
    years: config.menuYears,
    partners: config.menuPartners,
    nominations: config.nominations,
    decisionPending: config.decisionPending,
  });
  const analyzing = performance.now();
  await database.db.execute(sql`analyze`);
  const generationMs = Math.round(performance.now() - started);
  const seconds = { ...data.seconds, analyze: Math.round((performance.now() - analyzing) / 100) / 10 };
  console.log(
    `${database.kind}: generation took ${Object.entries(seconds)
      .map(([part, s]) => `${part} ${s} s`)
      .join(', ')}`,
  );
  const client = rawClientOf(database);
  const [version] = await runnerOf(client)('select version() as v');

  const app = await buildApp({
    database,
    clock: systemClock,
    publicUrl: 'http://127.0.0.1',
    sessionHours: 8,
    loginRateLimit: 10,
    logger: false,
  });
  await app.ready();
  const reports = app.hasRoute({ method: 'GET', url: '/api/v1/programmes/:id/report' });
  const scenarios = buildProgrammeScenarios(data, reports);
  const sizes: Record<string, number> = {};
  const { recordings, plans } = await recordScenarios(
    app,
    client,
    scenarios,
    /\b(programmes|nominations)\b/,
    (scenario, body) => {
      const { activities, lines } = body as { activities?: unknown[]; lines?: unknown[] };
      if (activities) sizes[`first page ${scenario.name} activities`] = activities.length;
      if (lines) sizes[`first page ${scenario.name} lines`] = lines.length;
    },
  );

  // The decision: one that gives the record iteration's only seat, one that finds it taken.
  const { decisions } = data;
  const post = (id: string) => ({
    method: 'POST' as const,
    url: `/api/v1/nominations/${id}/decision`,
    headers: {
      authorization: `Bearer ${data.token}`,
      'content-type': 'application/json',
      'if-match': `"${id}.1"`,
    },
    payload: JSON.stringify({ decision: 'accept' }),
  });
  const recordDecision = async (
    server: { inject: FastifyInstance['inject'] },
    id: string,
    expected: string,
  ): Promise<WriteRecording> => {
    let answer = { statusCode: 0, body: '' };
    const steps = await recordWrite(client, database.kind, async () => {
      answer = await server.inject(post(id));
    });
    const status = answer.statusCode === 200 ? (JSON.parse(answer.body) as { status: string }).status : '';
    if (status !== expected)
      throw new Error(
        `decision of ${id}: ${answer.statusCode} ${answer.body.slice(0, 300)} (${expected} expected)`,
      );
    return { subject: { nominationId: id, ...decisions.targets[id]! }, steps };
  };
  const [seatId, waitlistId, appCheckId, ceilingCheckId] = decisions.record.ids;
  const seat = await recordDecision(app, seatId!, 'accepted');
  const waitlist = await recordDecision(app, waitlistId!, 'waitlisted');

  const ceiling = buildReplayCeiling(client, recordings);
  const seats = new Map(
    [decisions.app, decisions.ceiling, decisions.record].map((side) => [side.iterationId, side.seats]),
  );
  addDecisionCeiling(ceiling, client, database.kind, { seat, waitlist }, decisions.targets, seats);
  const appUrl = await app.listen({ port: 0, host: '127.0.0.1' });
  const ceilingUrl = await ceiling.listen({ port: 0, host: '127.0.0.1' });
  const sqlChecks = await checkSameSql(client, app, ceiling, scenarios, data.token);
  const appSide = decisionTexts((await recordDecision(app, appCheckId!, 'waitlisted')).steps);
  const ceilingSide = decisionTexts((await recordDecision(ceiling, ceilingCheckId!, 'waitlisted')).steps);
  sqlChecks.push({
    scenario: 'nomination-decision',
    same: appSide.length === ceilingSide.length && appSide.every((text, i) => text === ceilingSide[i]),
    app: appSide,
    ceiling: ceilingSide,
  });

  const check = async () => {
    const rows = await selectRows<DecisionCounts & { iterationId: string }>(
      database.db,
      sql`select i.id as "iterationId", i.seats::int as seats,
        count(n.id) filter (where n.status = 'accepted')::int as accepted,
        count(n.id) filter (where n.status = 'waitlisted')::int as waitlisted,
        count(n.id) filter (where n.status = 'pending')::int as pending,
        count(n.id) filter (where n.status not in ('accepted', 'waitlisted', 'pending'))::int as other,
        count(n.id) filter (where n.version <> 2 and n.status <> 'pending')::int as "versionNotTwo"
      from iterations i left join nominations n on n.iteration_id = i.id
      where i.id in (${decisions.app.iterationId}::uuid, ${decisions.ceiling.iterationId}::uuid, ${decisions.record.iterationId}::uuid)
      group by i.id, i.seats`,
    );
    const side = (id: string) => {
      const { iterationId: _, ...counts } = rows.find((r) => r.iterationId === id)!;
      return counts;
    };
    return {
      app: side(decisions.app.iterationId),
      ceiling: side(decisions.ceiling.iterationId),
      record: side(decisions.record.iterationId),
    };
  };

  return {
    check,
    ready: {
      type: 'ready',
      appUrl,
      ceilingUrl,
      token: data.token,
      detailIds: data.pageIds,
      search: { q: '', matches: 0 },
      counts: {
        ...data.counts,
        ...sizes,
        ...Object.fromEntries(
          Object.entries(seconds).map(([part, s]) => [`seconds to generate: ${part}`, s]),
        ),
        reportRoutes: reports ? 1 : 0,
      },
      generationMs,
      serverVersion: String(version?.v ?? 'unknown'),
      sqlChecks,
      plans,
      scenarios,
      decisions: {
        seats: decisions.app.seats,
        app: { iterationId: decisions.app.iterationId, ids: decisions.app.ids },
        ceiling: { iterationId: decisions.ceiling.iterationId, ids: decisions.ceiling.ids },
        reportRoutes: reports,
      },
    },
    async close() {
      await app.close();
      await ceiling.close();
    },
  };
}

import type { FastifyInstance } from 'fastify';
import type { RawClient } from './ceiling';
import { type Args, statementOf } from './replay';

/**
 * The nomination decision's ceiling. A decision is a transaction (lock the nomination's iteration,
 * count its seats, update the nomination, audit it, notify the partner's liaisons), so it cannot be
 * replayed by replay.ts, which sees only the calls made on the pool or the PGlite object itself. Here
 * every driver call is recorded, those of the transaction included (on PostgreSQL every
 * `pg.Client#query`, pool and transaction client alike; on PGlite the object's `query` and the
 * `query` of the transaction it opens), for one decision that gives a seat and one that finds none.
 *
 * The ceiling's route replays them for any nomination: the same calls, in the same order, the
 * non-transaction ones on the pool and the others in one transaction (a pool client between the
 * recorded BEGIN and COMMIT; PGlite's `transaction`), with the recorded nomination's id, iteration,
 * partner and name replaced by the decided one's in every parameter. The seat count the app reads
 * decides the branch, as in the app: while the count is under the seats the seat-giving recording
 * goes on, otherwise the waiting-list one — the two send the same statements (checked), with other
 * values. What it leaves out is the app's work between the calls: validation, access, the seat rule in
 * JavaScript, Drizzle building the statements, the response's encoding.
 */

export interface WriteStep {
  inTransaction: boolean;
  args: Args;
}

/** What a recorded decision was about: replaced by the decided nomination's own in every parameter. */
export interface Subject {
  nominationId: string;
  iterationId: string;
  partnerId: string;
  fullName: string;
}

export interface WriteRecording {
  subject: Subject;
  steps: WriteStep[];
}

type Query = (...args: unknown[]) => Promise<{ rows?: unknown[] }>;
type Lite = {
  query: Query;
  transaction: (cb: (tx: { query: Query }) => Promise<unknown>) => Promise<unknown>;
};
type PoolLike = {
  query: Query;
  connect: () => Promise<{ query: Query; release: (error?: unknown) => void }>;
};

/** Records every driver call made while `work` runs, those in a transaction marked. */
export async function recordWrite(
  client: RawClient,
  kind: 'pglite' | 'postgres',
  work: () => Promise<unknown>,
): Promise<WriteStep[]> {
  const steps: WriteStep[] = [];
  if (kind === 'postgres') {
    const pg = (await import('pg')).default;
    const proto = pg.Client.prototype as unknown as { query: Query };
    const original = proto.query;
    let inTransaction = false;
    proto.query = function (this: unknown, ...args: unknown[]) {
      // pg-pool hands its own callback to the client: not part of the call.
      const clean = args.filter((a) => typeof a !== 'function');
      const text = statementOf(clean).text.trim().toLowerCase();
      if (text.startsWith('begin')) inTransaction = true;
      steps.push({ inTransaction, args: clean });
      if (text.startsWith('commit') || text.startsWith('rollback')) inTransaction = false;
      return original.apply(this, args);
    };
    try {
      await work();
    } finally {
      proto.query = original;
    }
    return steps;
  }
  const lite = client as unknown as Lite;
  const { query, transaction } = lite;
  lite.query = (...args: unknown[]) => {
    steps.push({ inTransaction: false, args });
    return query.apply(lite, args);
  };
  lite.transaction = (cb) =>
    transaction.call(lite, (tx) => {
      const inner = tx.query;
      return cb({
        ...tx,
        query: (...args: unknown[]) => {
          steps.push({ inTransaction: true, args });
          return inner.apply(tx, args);
        },
      });
    });
  try {
    await work();
  } finally {
    lite.query = query;
    lite.transaction = transaction;
  }
  return steps;
}

/** The recorded subject's values replaced by the target's, in every string parameter (JSON included). */
function substitute(value: unknown, pairs: [string, string][]): unknown {
  if (typeof value === 'string') return pairs.reduce((s, [from, to]) => s.split(from).join(to), value);
  if (Array.isArray(value)) return value.map((v) => substitute(v, pairs));
  return value;
}

function callFor(step: WriteStep, pairs: [string, string][]): Args {
  const [first, params, ...rest] = step.args;
  return [first, substitute(params, pairs), ...rest];
}

const texts = (steps: WriteStep[]) => steps.map((s) => statementOf(s.args).text.replace(/\s+/g, ' ').trim());

/** The index of the seat count among the steps: its answer chooses the recording to go on with. */
export function seatCountStep(steps: WriteStep[]): number {
  const at = steps.findIndex((s) => s.inTransaction && /as accepted/.test(statementOf(s.args).text));
  if (at < 0) throw new Error('decision ceiling: no seat count among the recorded statements');
  return at;
}

/**
 * Adds `POST /api/v1/nominations/:id/decision` to the ceiling: the recorded decision replayed for the
 * nomination in the URL (see above). `targets` gives each nomination's iteration, partner and name,
 * `seats` each iteration's seats.
 */
export function addDecisionCeiling(
  ceiling: FastifyInstance,
  client: RawClient,
  kind: 'pglite' | 'postgres',
  recordings: { seat: WriteRecording; waitlist: WriteRecording },
  targets: Record<string, Omit<Subject, 'nominationId'>>,
  seats: Map<string, number>,
) {
  const a = texts(recordings.seat.steps);
  const b = texts(recordings.waitlist.steps);
  if (a.length !== b.length || a.some((text, i) => text !== b[i]))
    throw new Error('decision ceiling: the seat and waiting-list decisions do not send the same statements');
  const branch = seatCountStep(recordings.seat.steps);
  const pairsFor = (subject: Subject, target: Subject): [string, string][] =>
    (['nominationId', 'iterationId', 'partnerId', 'fullName'] as const).map((key) => [
      subject[key],
      target[key],
    ]);

  ceiling.post<{ Params: { id: string } }>('/api/v1/nominations/:id/decision', async (request, reply) => {
    const id = request.params.id;
    const found = targets[id];
    if (!found) return reply.code(404).send({ status: 404 });
    const target = { nominationId: id, ...found };
    let recording = recordings.seat;
    let pairs = pairsFor(recording.subject, target);
    let last: { rows?: unknown[] } = {};
    const run = async (query: Query, i: number) => {
      const answer = await query(...callFor(recording.steps[i]!, pairs));
      if (i === branch) {
        const row = answer.rows?.[0] as Record<string, number> | number[] | undefined;
        const accepted = Array.isArray(row) ? row[0] : row?.accepted;
        if ((accepted ?? 0) >= seats.get(target.iterationId)!) {
          recording = recordings.waitlist;
          pairs = pairsFor(recording.subject, target);
        }
      }
      // The answer is the last statement that read rows: the nomination as the app reads it back.
      if (answer.rows && answer.rows.length > 0) last = answer;
    };
    const steps = recordings.seat.steps;
    let i = 0;
    const pool = client as unknown as PoolLike & Lite;
    while (i < steps.length) {
      if (!steps[i]!.inTransaction) {
        await run(pool.query.bind(pool), i++);
        continue;
      }
      const end = steps.findIndex((s, k) => k > i && !s.inTransaction);
      const stop = end < 0 ? steps.length : end;
      if (kind === 'pglite') {
        await pool.transaction(async (tx) => {
          for (; i < stop; i++) await run(tx.query.bind(tx), i);
        });
        continue;
      }
      const connection = await pool.connect();
      try {
        for (; i < stop; i++) await run(connection.query.bind(connection), i);
        connection.release();
      } catch (error) {
        await connection.query('rollback').catch(() => {});
        connection.release(error);
        throw error;
      }
    }
    return { status: recording === recordings.seat ? 'accepted' : 'waitlisted', rows: last.rows ?? [] };
  });
}

/** The statement texts of a decision, for the SQL check of the two sides. */
export const decisionTexts = texts;

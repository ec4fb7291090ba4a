import type { FastifyBaseLogger, FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import type { Clock } from '../core/clock';
import type { Mailer } from '../core/mail';
import type { Database } from '../db/client';
import { releaseSeats as releaseNominationSeats } from '../modules/nominations/nominations.seats';
import { sendDeadlineReminders } from '../modules/notifications/deadline-reminders';
import { createMailWorker, type MailDeliveryReport } from '../modules/notifications/mail-worker';

/** The settings of the scheduled jobs (ENTENTE_SEAT_RELEASE_WEEKS, ENTENTE_DEADLINE_REMINDER_DAYS). */
export interface JobSettings {
  seatReleaseWeeks: number;
  deadlineReminderDays: number;
  /** How often the runner wakes up; the mail job runs at each wake-up. */
  pollMs?: number;
}

export const defaultJobSettings: JobSettings = { seatReleaseWeeks: 2, deadlineReminderDays: 7 };

export type ReleaseSeats = (db: Database, clock: Clock, weeks: number) => Promise<unknown>;

export interface JobRun {
  /** The jobs that were due and ran, in order. */
  ran: JobName[];
  mail?: MailDeliveryReport;
  seatRelease?: unknown;
  /** Reminders written. */
  deadlineReminders?: number;
  /** Jobs that threw: logged, and the other jobs ran all the same. */
  errors: { job: JobName; message: string }[];
}

type JobName = 'seatRelease' | 'deadlineReminders' | 'mail';

const MINUTE = 60_000;

export interface JobRunnerDeps {
  db: Database;
  clock: Clock;
  mailer: Mailer;
  publicUrl: string;
  log: FastifyBaseLogger;
  settings: JobSettings;
  /** Tests pass their own; by default the nominations module's. */
  releaseSeats?: ReleaseSeats;
}

/**
 * The in-process scheduler: every few seconds it runs the jobs that are due — the seat release and the
 * deadline reminders every hour, the mail worker every time — one run at a time. Each job is
 * safe on several processes at once (row locks, skip locked, an advisory lock), so every app process
 * runs its own scheduler and none is special.
 */
export function createJobRunner(deps: JobRunnerDeps) {
  const { db, log, settings } = deps;
  const worker = createMailWorker({ db, mailer: deps.mailer, publicUrl: deps.publicUrl, log });
  const releaseSeats = deps.releaseSeats ?? releaseNominationSeats;

  const jobs: { name: JobName; everyMs: number; run: (clock: Clock, result: JobRun) => Promise<void> }[] = [
    {
      // First, so that the mails of the promotions it makes go out in the same run.
      name: 'seatRelease',
      everyMs: 15 * MINUTE,
      async run(clock, result) {
        result.seatRelease = await releaseSeats(db, clock, settings.seatReleaseWeeks);
      },
    },
    {
      name: 'deadlineReminders',
      everyMs: 60 * MINUTE,
      async run(clock, result) {
        result.deadlineReminders = await sendDeadlineReminders(db, clock, settings.deadlineReminderDays);
      },
    },
    {
      name: 'mail',
      everyMs: 0,
      async run(clock, result) {
        result.mail = await worker.deliverDue(clock, stopping.signal);
      },
    },
  ];
  const lastRun = new Map<JobName, number>();
  const stopping = new AbortController();

  async function run(clock: Clock, only?: JobName): Promise<JobRun> {
    const result: JobRun = { ran: [], errors: [] };
    const now = clock.now().getTime();
    for (const job of jobs) {
      if (only ? job.name !== only : now - (lastRun.get(job.name) ?? Number.NEGATIVE_INFINITY) < job.everyMs)
        continue;
      lastRun.set(job.name, now);
      result.ran.push(job.name);
      try {
        await job.run(clock, result);
      } catch (error) {
        // A job that fails (the database restarting, say) is tried again at its next turn.
        const message = error instanceof Error ? error.message : String(error);
        result.errors.push({ job: job.name, message });
        log.error({ job: job.name, err: error }, 'scheduled job failed');
      }
    }
    return result;
  }

  // One run at a time: the timer, the nudges and direct calls queue behind each other.
  let chain: Promise<unknown> = Promise.resolve();
  let queued = 0;
  function serially<T>(work: () => Promise<T>): Promise<T> {
    queued += 1;
    const result = chain.then(work).finally(() => {
      queued -= 1;
    });
    chain = result.catch(() => undefined);
    return result;
  }

  let timer: NodeJS.Timeout | undefined;

  return {
    /** Runs the jobs due at `now` (all of them the first time); tests call it with their own time. */
    runDueJobs(now: Date): Promise<JobRun> {
      return serially(() => run({ now: () => now }));
    },

    /** Starts the timer (main.ts does; tests drive `runDueJobs` themselves). */
    start(): void {
      if (timer) return;
      timer = setInterval(() => {
        // A run still going (a slow SMTP server) is not queued behind: the next tick will do.
        if (queued === 0) void serially(() => run(deps.clock));
      }, settings.pollMs ?? 5000);
      timer.unref();
      void serially(() => run(deps.clock));
    },

    /** Sends the outbox soon after a write, rather than at the next tick; does nothing unless started. */
    nudge(): void {
      if (!timer || queued > 1) return;
      void serially(() => run(deps.clock, 'mail'));
    },

    /**
     * Stops the timer and waits for the run in progress (which claims no more mail), so that the
     * database closes after it; at most `graceMs`, so that a hanging SMTP server cannot hold a shutdown.
     */
    async stop(graceMs = 5000): Promise<void> {
      clearInterval(timer);
      timer = undefined;
      stopping.abort();
      let grace: NodeJS.Timeout | undefined;
      await Promise.race([chain, new Promise((resolve) => (grace = setTimeout(resolve, graceMs)))]);
      clearTimeout(grace);
    },
  };
}

export type JobRunner = ReturnType<typeof createJobRunner>;

declare module 'fastify' {
  interface FastifyInstance {
    jobs: JobRunner;
  }
}

const WRITE_METHODS = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/**
 * Gives the app its job runner (`app.jobs`, started by main.ts), nudges the mail worker after each
 * successful write (the write's transaction has committed by the time its answer is sent), and stops
 * the runner when the app closes, before the database does.
 */
export const jobsPlugin = fp(
  async (app: FastifyInstance, options: Omit<JobRunnerDeps, 'log'>) => {
    const jobs = createJobRunner({ ...options, log: app.log });
    app.decorate('jobs', jobs);
    app.addHook('onResponse', async (request, reply) => {
      if (WRITE_METHODS.has(request.method) && reply.statusCode < 400) jobs.nudge();
    });
    app.addHook('onClose', () => jobs.stop());
  },
  { name: 'jobs' },
);

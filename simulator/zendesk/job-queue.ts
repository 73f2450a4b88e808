import { createHash } from 'node:crypto';
import { JOB_TIMING } from './constants.js';
import { isoSeconds } from './time.js';

/** One entry of a job's `results` (shape depends on the job: `{index,id}`, `{id,action,success,status}`...). */
export type JobResult = Record<string, unknown>;

/** A background job: bulk writes answer one and do their work as the virtual clock moves on. */
export interface Job {
  id: string;
  /** Modeled names; the real `job_type` values are not public. */
  jobType: string;
  createdAtMs: number;
  /** The work, one task per item, run in order. */
  tasks: (() => JobResult)[];
  results: JobResult[];
  completedAtMs: number | null;
}

export type JobView = { status: 'queued' | 'working' | 'completed'; progress: number | null; results: JobResult[] | null; message: string | null };

/**
 * The account's job queue on the virtual clock (modeled timing, see JOB_TIMING): a job is `queued`
 * for `queuedMs`, then `working`, finishing one item every `msPerItem`; it is `completed` when the
 * last item is done. The items run (tickets are created, updated, deleted) at those moments:
 * `settle` runs every item whose time has come and is called before each API request.
 */
export class JobQueue {
  readonly #jobs = new Map<string, Job>();
  #sequence = 0;

  enqueue(jobType: string, tasks: (() => JobResult)[], nowMs: number): Job {
    // 32 hex characters, like the real ids; derived from a counter so a seed replays identically.
    const id = createHash('md5').update(`job-${++this.#sequence}`).digest('hex');
    const job: Job = { id, jobType, createdAtMs: nowMs, tasks, results: [], completedAtMs: null };
    this.#jobs.set(id, job);
    return job;
  }

  get(id: string): Job | undefined {
    return this.#jobs.get(id);
  }

  /** Newest first. */
  list(): Job[] {
    return [...this.#jobs.values()].reverse();
  }

  /** Runs every task that is due by `nowMs`, oldest job first. */
  settle(nowMs: number): void {
    for (const job of this.#jobs.values()) {
      while (job.results.length < job.tasks.length && dueAt(job, job.results.length) <= nowMs) {
        const task = job.tasks[job.results.length] as () => JobResult;
        job.results.push(task());
      }
      if (job.completedAtMs === null && job.results.length === job.tasks.length && dueAt(job, job.tasks.length - 1) <= nowMs) {
        job.completedAtMs = dueAt(job, job.tasks.length - 1);
      }
    }
  }

  /** What the job looks like at `nowMs` (after `settle`). */
  view(job: Job, nowMs: number): JobView {
    if (job.completedAtMs !== null) {
      const at = isoSeconds(job.completedAtMs).replace('T', ' ').replace('Z', ' +0000');
      return { status: 'completed', progress: job.tasks.length, results: job.results, message: `Completed at ${at}` };
    }
    if (nowMs - job.createdAtMs < JOB_TIMING.queuedMs) return { status: 'queued', progress: null, results: null, message: null };
    return { status: 'working', progress: job.results.length, results: null, message: null };
  }
}

/** When item `index` of `job` is done (an empty job completes when it leaves the queue). */
function dueAt(job: Job, index: number): number {
  return job.createdAtMs + JOB_TIMING.queuedMs + Math.max(0, index + 1) * JOB_TIMING.msPerItem;
}

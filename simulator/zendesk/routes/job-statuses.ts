import { jsonReply } from '../../core/reply.js';
import type { Router } from '../../core/router.js';
import type { ApiContext } from '../api-context.js';
import { recordNotFound } from '../errors.js';
import type { Job } from '../job-queue.js';
import type { ZendeskState } from '../state.js';

/** Most job statuses one list shows (the newest). */
const LIST_LIMIT = 100;

/** Job statuses of bulk writes: list (newest first), show_many, show. */
export function registerJobStatusRoutes(router: Router<ApiContext>): void {
  router
    .add('GET', '/api/v2/job_statuses', (req, _params, { state }) => {
      const jobs = state.jobs.list().slice(0, LIST_LIMIT);
      return jsonReply(200, { job_statuses: jobs.map((j) => jobStatusJson(j, state, req.baseUrl)), next_page: null, previous_page: null, count: jobs.length });
    })
    .add('GET', '/api/v2/job_statuses/show_many', (req, _params, { state }) => {
      const ids = (req.query.get('ids') ?? '').split(',').map((s) => s.trim());
      const jobs = ids.flatMap((id) => {
        const job = state.jobs.get(id);
        return job ? [job] : [];
      });
      return jsonReply(200, { job_statuses: jobs.map((j) => jobStatusJson(j, state, req.baseUrl)) });
    })
    .add('GET', '/api/v2/job_statuses/:id', (req, params, { state }) => {
      const job = state.jobs.get(params.id ?? '');
      return job ? jsonReply(200, { job_status: jobStatusJson(job, state, req.baseUrl) }) : recordNotFound();
    });
}

/** The OpenAPI `JobStatusObject`: id, job_type, url, total, progress, status, message, results. */
export function jobStatusJson(job: Job, state: ZendeskState, baseUrl: string): Record<string, unknown> {
  const view = state.jobs.view(job, state.clock.nowMs());
  return {
    id: job.id,
    job_type: job.jobType,
    url: `${baseUrl}/api/v2/job_statuses/${job.id}.json`,
    total: job.tasks.length,
    progress: view.progress,
    status: view.status,
    message: view.message,
    results: view.results,
  };
}

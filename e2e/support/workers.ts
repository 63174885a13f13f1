/** How many e2e files run at once, each worker against a server of its own (E2E_WORKERS, default 2). */
export const e2eWorkers = Math.max(1, Number(process.env.E2E_WORKERS ?? 2) || 1);

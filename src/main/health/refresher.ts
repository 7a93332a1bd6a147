// Keeps open workspaces' health snapshots current without holding the main process: a
// recompute runs a slice of accounts at a time, each slice its own transaction, and yields to
// the event loop between slices so IPC calls are served meanwhile (2,000 accounts take seconds).
// Readers await it; a change to the data, model, playbook or day mid-way restarts it, since the
// accounts already done were scored from inputs that no longer hold. The day is the workspace's
// as-of date (callers pass it, see src/main/time/as-of.ts), never the clock's: a new calendar day
// rescores nothing unless the CSM moves the as-of date or new data move the data's end.
import type { IsoDate } from '../../shared/domain/entities';
import type { RecomputeSummary } from '../../shared/ipc/contract';
import type { Workspace } from '../db/workspace';
import { selectValue } from '../db/repos/rows';
import { changedWeeks } from './changes';
import {
  ACCOUNTS_PER_RUN,
  currentFingerprint,
  healthInputs,
  isHealthFresh,
  recomputeSteps,
} from './recompute';

/** Every account, or only the weeks changed since the last computation (see changedWeeks). */
type Scope = 'all' | 'changed';

export interface HealthProgress {
  done: number;
  total: number;
}

export interface RefresherOptions {
  /** Called between slices while a recompute runs. */
  onProgress?: (progress: HealthProgress) => void;
  /** How long one slice may hold the main process. */
  sliceMs?: number;
}

/** How fast accounts went so far, so each run of them fits in the time a slice has left. */
interface Pace {
  done: number;
  msPerAccount: number;
}

/**
 * Accounts for the next run: half of what the time left would take at the pace so far, so a
 * slower stretch of accounts (or a busier machine) overruns the slice by little.
 */
function runFitting(msLeft: number, pace: Pace): number {
  if (!(pace.msPerAccount > 0)) return 1;
  return Math.min(ACCOUNTS_PER_RUN, Math.max(1, Math.floor(msLeft / 2 / pace.msPerAccount)));
}

/**
 * Steps through accounts for up to `ms` in one transaction, telling `onStep` how many are done;
 * the summary once the last account is done, else null.
 */
function slice(
  ws: Workspace,
  steps: Generator<number, RecomputeSummary, number | undefined>,
  ms: number,
  pace: Pace,
  onStep: (done: number) => void,
): RecomputeSummary | null {
  return ws.transaction(() => {
    const deadline = performance.now() + ms;
    for (;;) {
      const began = performance.now();
      const step = steps.next(runFitting(deadline - began, pace));
      if (step.done) return step.value;
      pace.msPerAccount = (performance.now() - began) / Math.max(1, step.value - pace.done);
      pace.done = step.value;
      onStep(step.value);
      if (performance.now() >= deadline) return null;
    }
  });
}

/**
 * Waits a turn of the event loop. A workspace closed meanwhile ends the recompute with
 * NO_WORKSPACE: its scores went with it, and its database can no longer be read.
 */
async function nextTurn(ws: Workspace): Promise<void> {
  await new Promise<void>((resolve) => setImmediate(resolve));
  ws.assertOpen();
}

export class HealthRefresher {
  private readonly running = new WeakMap<Workspace, Promise<RecomputeSummary>>();

  constructor(private readonly opts: RefresherOptions = {}) {}

  /** Resolves once the snapshots match the current data, model, playbook and day. */
  async fresh(ws: Workspace, today: IsoDate): Promise<RecomputeSummary | null> {
    await this.idle(ws);
    return isHealthFresh(ws.db, today) ? null : this.start(ws, today, 'changed');
  }

  /** Recomputes every account now, after any recompute already running. */
  async recompute(ws: Workspace, today: IsoDate): Promise<RecomputeSummary> {
    await this.idle(ws);
    return this.start(ws, today, 'all');
  }

  private async idle(ws: Workspace): Promise<void> {
    for (let job = this.running.get(ws); job; job = this.running.get(ws)) {
      await job.catch(() => undefined);
    }
  }

  private start(ws: Workspace, today: IsoDate, scope: Scope): Promise<RecomputeSummary> {
    const job = this.slices(ws, today, scope).finally(() => this.running.delete(ws));
    this.running.set(ws, job);
    return job;
  }

  private async slices(ws: Workspace, today: IsoDate, scope: Scope): Promise<RecomputeSummary> {
    const sliceMs = this.opts.sliceMs ?? 40;
    // The first slice waits a turn too: started at the end of other work (an import's commit,
    // the end of an earlier recompute), it would otherwise hold the process on top of it.
    await nextTurn(ws);
    for (;;) {
      const inputs = healthInputs(ws.db, today);
      // Measured afresh on a restart: the accounts already done are then among the changed.
      const changed =
        scope === 'changed'
          ? (changedWeeks(ws.db, inputs.model, inputs.playbook, today) ?? undefined)
          : undefined;
      const total =
        changed?.size ?? Number(selectValue(ws.db, 'SELECT COUNT(*) FROM accounts') ?? 0);
      // The first run is one account: how long it takes sizes the next ones.
      const steps = recomputeSteps(ws.db, inputs.model, inputs.playbook, today, changed, 1);
      const pace: Pace = { done: 0, msPerAccount: Number.NaN };
      let done = 0;
      for (;;) {
        const summary = slice(ws, steps, sliceMs, pace, (n) => (done = n));
        if (summary) {
          this.opts.onProgress?.({ done: total, total });
          return summary;
        }
        this.opts.onProgress?.({ done, total });
        await nextTurn(ws);
        // Stale: start over. Closing the steps frees the statements they keep between runs.
        if (currentFingerprint(ws.db, today) !== inputs.fingerprint) {
          steps.return(undefined as never);
          break;
        }
      }
    }
  }
}

/**
 * Notices an analysis worker that has stopped answering: while some request is unanswered and
 * the worker has sent nothing for `limitMs`, `onStuck` runs (the client then restarts the worker).
 * A hanging analysis blocks the worker's only thread, so silence is the one sign of it.
 */
export class AnalysisWatchdog {
  private timer: ReturnType<typeof setTimeout> | null = null;
  private lastSignAt = 0;

  constructor(
    private readonly limitMs: number,
    /** whether some request is still unanswered */
    private readonly waiting: () => boolean,
    private readonly onStuck: () => void,
    private readonly now: () => number = () => performance.now(),
  ) {}

  /** A request is about to go out; `wasWaiting` says whether the worker was busy already. */
  sent(wasWaiting: boolean): void {
    // an idle worker starts this request at once; a busy one shows life by its next answer
    if (!wasWaiting) this.lastSignAt = this.now();
    this.timer ??= setTimeout(() => this.check(), this.limitMs);
  }

  /** The worker answered something, so it is alive. */
  answered(): void {
    this.lastSignAt = this.now();
  }

  /** Forgets the worker (it was stopped or replaced). */
  reset(): void {
    if (this.timer !== null) clearTimeout(this.timer);
    this.timer = null;
  }

  private check(): void {
    this.timer = null;
    if (!this.waiting()) return;
    const silentFor = this.now() - this.lastSignAt;
    if (silentFor >= this.limitMs) {
      this.onStuck();
      return;
    }
    this.timer = setTimeout(() => this.check(), this.limitMs - silentFor);
  }
}

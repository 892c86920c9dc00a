// Who may change the open document when. Ordinary writes (an edit, undo, save, close, open) are
// short and run side by side as they come; a long write (an import of 200 000 rows being
// applied in steps, see Session.writeInSteps) runs alone: it starts once the writes in flight
// have ended, and writes that come meanwhile wait for it, so nothing slips in between its steps
// or is reverted by it. Reads never wait.
export class WriteGate {
  private writers = 0;
  private exclusiveRuns = false;
  private waiting: (() => void)[] = [];

  private changed(): Promise<void> {
    return new Promise((r) => this.waiting.push(r));
  }

  private wake(): void {
    for (const w of this.waiting.splice(0)) w();
  }

  /** A call that may change the document begins: it waits while a long write runs. */
  async begin(): Promise<void> {
    while (this.exclusiveRuns) await this.changed();
    this.writers += 1;
  }

  end(): void {
    this.writers -= 1;
    this.wake();
  }

  /** Runs `fn` alone: after the writes in flight, before those that come meanwhile. */
  async exclusive<T>(fn: () => Promise<T>): Promise<T> {
    while (this.exclusiveRuns || this.writers > 0) await this.changed();
    this.exclusiveRuns = true;
    try {
      return await fn();
    } finally {
      this.exclusiveRuns = false;
      this.wake();
    }
  }
}

// Resolves once the browser has painted the next frame: work that must not delay what the user
// is waiting to see (a follow-up request, bookkeeping) goes after it. A page that paints no
// frames (hidden) is not waited for longer than `maxWaitMs`.
export function afterNextPaint(maxWaitMs = 100): Promise<void> {
  return new Promise((resolve) => {
    let done = false;
    const once = () => {
      if (done) return;
      done = true;
      resolve();
    };
    // An animation frame runs just before the paint; a task queued from it runs after.
    requestAnimationFrame(() => setTimeout(once, 0));
    setTimeout(once, maxWaitMs);
  });
}

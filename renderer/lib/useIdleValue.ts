// A value that follows its source once the page is idle: for a panel that shows what the focus
// is on, so that moving the focus (Enter after an edit, arrows through rows) never delays the
// frame that shows the edit itself. The timeout bounds the wait on a page that stays busy.
import { useEffect, useState } from 'react';

export function useIdleValue<T>(value: T, timeoutMs = 150): T {
  const [idle, setIdle] = useState(value);
  useEffect(() => {
    if (Object.is(idle, value)) return;
    const follow = () => setIdle(value);
    if (typeof requestIdleCallback === 'function') {
      const handle = requestIdleCallback(follow, { timeout: timeoutMs });
      return () => cancelIdleCallback(handle);
    }
    const handle = setTimeout(follow, 0);
    return () => clearTimeout(handle);
  }, [value, idle, timeoutMs]);
  return idle;
}

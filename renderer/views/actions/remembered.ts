// A yes/no choice of the user remembered between sessions (e.g. whether the cost panel is open).
import { useCallback, useState } from 'react';

export function useRememberedFlag(key: string, initial: boolean): [boolean, (v: boolean) => void] {
  const [value, setValue] = useState(() => {
    try {
      const v = localStorage.getItem(key);
      return v === null ? initial : v === '1';
    } catch {
      return initial;
    }
  });
  const set = useCallback(
    (v: boolean) => {
      setValue(v);
      try {
        localStorage.setItem(key, v ? '1' : '0');
      } catch {
        // private mode: for this session only
      }
    },
    [key],
  );
  return [value, set];
}

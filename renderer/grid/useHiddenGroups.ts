// Which column groups of a grid the user has hidden, remembered in localStorage per grid (a
// preference of this installation, not part of the plan).
import { useCallback, useState } from 'react';
import type { ColumnGroup } from './columns';

const key = (gridId: string) => `klimat.grid.${gridId}.hiddenGroups`;

function load(gridId: string, groups: readonly ColumnGroup[]): Set<string> {
  try {
    const stored = localStorage.getItem(key(gridId));
    if (stored !== null) {
      const ids = JSON.parse(stored) as unknown;
      if (Array.isArray(ids)) return new Set(ids.filter((x): x is string => typeof x === 'string'));
    }
  } catch {
    // unreadable or private mode: the defaults
  }
  return new Set(groups.filter((g) => g.hiddenByDefault).map((g) => g.id));
}

export function useHiddenGroups(gridId: string, groups: readonly ColumnGroup[]): [ReadonlySet<string>, (groupId: string) => void] {
  const [hidden, setHidden] = useState(() => load(gridId, groups));
  const toggle = useCallback(
    (groupId: string) => {
      setHidden((prev) => {
        const next = new Set(prev);
        if (!next.delete(groupId)) next.add(groupId);
        try {
          localStorage.setItem(key(gridId), JSON.stringify([...next]));
        } catch {
          // private mode: the choice lasts for this session
        }
        return next;
      });
    },
    [gridId],
  );
  return [hidden, toggle];
}

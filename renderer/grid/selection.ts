// The block of cells a user has selected, as a spreadsheet has it: an anchor (where the
// selection started: click, or the cell that had focus before shift+click/shift+arrow) and a
// focus (the cell that moves). Positions are displayed row and column indices, so the block
// follows what the user sees after sorting and filtering. Pure: no grid, no DOM.

export interface CellPos {
  row: number;
  col: number;
}

export interface CellRange {
  anchor: CellPos;
  focus: CellPos;
}

/** The rectangle a range covers, inclusive. */
export interface Rect {
  top: number;
  bottom: number;
  left: number;
  right: number;
}

export const single = (at: CellPos): CellRange => ({ anchor: at, focus: at });

export function rectOf(r: CellRange): Rect {
  return {
    top: Math.min(r.anchor.row, r.focus.row),
    bottom: Math.max(r.anchor.row, r.focus.row),
    left: Math.min(r.anchor.col, r.focus.col),
    right: Math.max(r.anchor.col, r.focus.col),
  };
}

export const rectRows = (r: Rect): number => r.bottom - r.top + 1;
export const rectCols = (r: Rect): number => r.right - r.left + 1;

export function contains(r: Rect, row: number, col: number): boolean {
  return row >= r.top && row <= r.bottom && col >= r.left && col <= r.right;
}

export function isSingle(r: CellRange): boolean {
  return r.anchor.row === r.focus.row && r.anchor.col === r.focus.col;
}

/** The range grown or shrunk to `to`, keeping its anchor (shift+click, shift+arrow). */
export const extendTo = (r: CellRange, to: CellPos): CellRange => ({ anchor: r.anchor, focus: to });

export type Direction = 'up' | 'down' | 'left' | 'right';

/** The cell one step from `from`, kept inside a grid of `rows` × `cols`. */
export function step(from: CellPos, dir: Direction, rows: number, cols: number): CellPos {
  const clamp = (v: number, n: number) => Math.max(0, Math.min(n - 1, v));
  if (dir === 'up') return { row: clamp(from.row - 1, rows), col: from.col };
  if (dir === 'down') return { row: clamp(from.row + 1, rows), col: from.col };
  if (dir === 'left') return { row: from.row, col: clamp(from.col - 1, cols) };
  return { row: from.row, col: clamp(from.col + 1, cols) };
}

/** The cells every position of `rect`, row by row. */
export function* cellsOf(r: Rect): Generator<CellPos> {
  for (let row = r.top; row <= r.bottom; row++) for (let col = r.left; col <= r.right; col++) yield { row, col };
}

/** The union of two rectangles' columns, for refreshing only what changed. */
export function colSpan(a: Rect, b: Rect): { from: number; to: number } {
  return { from: Math.min(a.left, b.left), to: Math.max(a.right, b.right) };
}

/**
 * Ctrl+arrow as a spreadsheet has it: from a filled cell whose neighbour is filled, to the last
 * filled cell before a blank one; otherwise to the next filled cell; the edge of the sheet when
 * there is none. `filled` tells whether a displayed cell holds a value.
 */
export function edgeStep(from: CellPos, dir: Direction, rows: number, cols: number, filled: (p: CellPos) => boolean): CellPos {
  const dRow = dir === 'up' ? -1 : dir === 'down' ? 1 : 0;
  const dCol = dir === 'left' ? -1 : dir === 'right' ? 1 : 0;
  const inside = (p: CellPos) => p.row >= 0 && p.row < rows && p.col >= 0 && p.col < cols;
  const next = (p: CellPos): CellPos => ({ row: p.row + dRow, col: p.col + dCol });
  let at = from;
  const first = next(at);
  if (!inside(first)) return from;
  if (filled(at) && filled(first)) {
    // Along the run of filled cells to its last one.
    while (inside(next(at)) && filled(next(at))) at = next(at);
    return at;
  }
  // Over the blanks to the next filled cell, or to the edge.
  at = first;
  while (!filled(at) && inside(next(at))) at = next(at);
  return at;
}

/** The first or last cell of the sheet (Ctrl+Home, Ctrl+End). */
export const cornerOf = (end: boolean, rows: number, cols: number): CellPos =>
  end ? { row: Math.max(0, rows - 1), col: Math.max(0, cols - 1) } : { row: 0, col: 0 };

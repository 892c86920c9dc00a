// Fill patterns for bars and areas: the series colour with white marks on it (stripes, dots,
// grids…), so that neighbouring series differ in texture as well as hue. One small tile per
// colour, pattern and pixel ratio, made once.
import type { Color } from 'chart.js';
import type { PatternName, SeriesStyle } from './model';

const TILE = 10;
const cache = new Map<string, CanvasPattern | string>();

/** The fill of a series: its colour, patterned unless the style says solid. */
export function patternFill(style: SeriesStyle, ratio = window.devicePixelRatio || 1): Color {
  if (style.pattern === 'solid') return style.color;
  const key = `${style.color}|${style.pattern}|${ratio}`;
  let fill = cache.get(key);
  if (!fill) {
    fill = makePattern(style.color, style.pattern, ratio) ?? style.color;
    cache.set(key, fill);
  }
  return fill;
}

function makePattern(color: string, pattern: PatternName, ratio: number): CanvasPattern | null {
  const size = Math.round(TILE * ratio);
  const tile = document.createElement('canvas');
  tile.width = size;
  tile.height = size;
  const ctx = tile.getContext('2d');
  if (!ctx) return null;
  ctx.scale(ratio, ratio);
  ctx.fillStyle = color;
  ctx.fillRect(0, 0, TILE, TILE);
  ctx.strokeStyle = '#ffffff';
  ctx.fillStyle = '#ffffff';
  ctx.lineWidth = 1.6;
  ctx.lineCap = 'square';
  draw(ctx, pattern);
  const result = ctx.createPattern(tile, 'repeat');
  return result;
}

function line(ctx: CanvasRenderingContext2D, x0: number, y0: number, x1: number, y1: number): void {
  ctx.beginPath();
  ctx.moveTo(x0, y0);
  ctx.lineTo(x1, y1);
  ctx.stroke();
}

function draw(ctx: CanvasRenderingContext2D, pattern: PatternName): void {
  const t = TILE;
  switch (pattern) {
    case 'solid':
      return;
    case 'diagonal':
      line(ctx, 0, t, t, 0);
      line(ctx, -t / 2, t / 2, t / 2, -t / 2);
      line(ctx, t / 2, t * 1.5, t * 1.5, t / 2);
      return;
    case 'backslash':
      line(ctx, 0, 0, t, t);
      line(ctx, -t / 2, t / 2, t / 2, t * 1.5);
      line(ctx, t / 2, -t / 2, t * 1.5, t / 2);
      return;
    case 'horizontal':
      line(ctx, 0, t / 2, t, t / 2);
      return;
    case 'vertical':
      line(ctx, t / 2, 0, t / 2, t);
      return;
    case 'cross':
      line(ctx, 0, t, t, 0);
      line(ctx, 0, 0, t, t);
      return;
    case 'grid':
      line(ctx, 0, t / 2, t, t / 2);
      line(ctx, t / 2, 0, t / 2, t);
      return;
    case 'dots':
      ctx.beginPath();
      ctx.arc(t / 2, t / 2, 1.8, 0, Math.PI * 2);
      ctx.fill();
      return;
    case 'checker':
      ctx.fillRect(0, 0, t / 2, t / 2);
      ctx.fillRect(t / 2, t / 2, t / 2, t / 2);
      ctx.globalCompositeOperation = 'source-over';
      return;
    case 'zigzag':
      ctx.beginPath();
      ctx.moveTo(0, t * 0.7);
      ctx.lineTo(t / 4, t * 0.3);
      ctx.lineTo(t / 2, t * 0.7);
      ctx.lineTo((3 * t) / 4, t * 0.3);
      ctx.lineTo(t, t * 0.7);
      ctx.stroke();
      return;
  }
}

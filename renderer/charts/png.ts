// A chart as a PNG image: drawn off screen at a fixed size with its title in the picture, so the
// image is the same whatever the window size and whether the table or the chart is on screen.
// The council report can call chartPng() for its figures.
import type { Locale } from '../../shared/format/number';
import { toChartConfig } from './config';
import type { ChartModel } from './model';
import { patternFill } from './patterns';
import { Chart } from './setup';

export interface PngSize {
  width: number;
  height: number;
  /** Pixels per CSS pixel: 2 gives a sharp image in print. */
  ratio: number;
}

export const DEFAULT_PNG: PngSize = { width: 1200, height: 700, ratio: 2 };

export function chartPng(model: ChartModel, locale: Locale, size: PngSize = DEFAULT_PNG): Promise<Blob> {
  const canvas = document.createElement('canvas');
  // In CSS pixels: chart.js scales the bitmap by the pixel ratio itself.
  canvas.width = size.width;
  canvas.height = size.height;
  const config = toChartConfig(model, { locale, fillOf: (s) => patternFill(s, size.ratio), showTitle: true, fixedSize: true, devicePixelRatio: size.ratio });
  const chart = new Chart(canvas, config);
  return new Promise<Blob>((resolve, reject) => {
    chart.canvas.toBlob((blob) => {
      chart.destroy();
      if (blob) resolve(blob);
      else reject(new Error('the chart could not be drawn as an image'));
    }, 'image/png');
  });
}

/** A file name from the title: letters, digits and dashes, Swedish letters kept. */
export function pngFileName(model: ChartModel): string {
  const slug = model.title
    .toLowerCase()
    .replace(/[^a-z0-9åäöéü]+/gi, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80);
  return `${slug || model.id}.png`;
}

/** Saves the image through the browser's download (Electron asks where to put it). */
export async function downloadPng(model: ChartModel, locale: Locale): Promise<void> {
  const blob = await chartPng(model, locale);
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = pngFileName(model);
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

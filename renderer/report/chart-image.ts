// A chart of the report as an image at print size: drawn once, off screen, with the same model
// and configuration as the app's charts (renderer/charts), at two pixels per CSS pixel (about
// 190 dpi on paper: sharp, and small enough to print quickly). An image cannot be resized or re-animated when Chromium lays out the
// pages for print, which a live canvas could be.
import { toChartConfig } from '../charts/config';
import type { ChartModel } from '../charts/model';
import { patternFill } from '../charts/patterns';
import { Chart } from '../charts/setup';
import { REPORT_FONT } from '../../shared/report/frame';

/** The width of the text column in CSS pixels: A4 (210 mm) less the margins (2 × 16 mm). */
export const PRINT_WIDTH_PX = Math.round(((210 - 32) / 25.4) * 96);
const RATIO = 2;

/** The chart as a blob: URL of a PNG, `height` CSS pixels high and as wide as the text column. */
export async function chartImage(model: ChartModel, height: number): Promise<string> {
  const canvas = document.createElement('canvas');
  canvas.width = PRINT_WIDTH_PX;
  canvas.height = height;
  const config = toChartConfig(model, {
    locale: 'sv',
    fillOf: (s) => patternFill(s, RATIO),
    fixedSize: true,
    devicePixelRatio: RATIO,
    fontFamily: REPORT_FONT,
  });
  const chart = new Chart(canvas, config);
  try {
    const blob = await new Promise<Blob | null>((resolve) => chart.canvas.toBlob(resolve, 'image/png'));
    if (!blob) throw new Error(`the chart ${model.id} could not be drawn`);
    return URL.createObjectURL(blob);
  } finally {
    chart.destroy();
  }
}

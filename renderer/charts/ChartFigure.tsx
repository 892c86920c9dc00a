// One chart as the user meets it: a heading, the chart (or the same numbers as a table behind
// the "Visa som tabell" toggle), "Spara som bild", and a sentence instead of an empty axis when
// there is nothing to draw. Props in, chart out: it knows nothing of the app shell, so the
// council report can use it as it is. An edit updates the chart in place, without animation,
// so it never flickers; each draw leaves a performance mark that the bench reads.
import { useCallback, useEffect, useId, useLayoutEffect, useRef, useState, type ReactNode } from 'react';
import type { Locale } from '../../shared/format/number';
import { toChartConfig } from './config';
import { DataTable } from './DataTable';
import { chartText, fill } from './messages';
import type { ChartModel } from './model';
import { patternFill } from './patterns';
import { downloadPng } from './png';
import { Chart } from './setup';
import './charts.css';

/** The performance mark set after every chart draw; its detail is a ChartMarkDetail. */
export const CHART_MARK = 'klimat:chart-drawn';

interface Props {
  model: ChartModel;
  locale: Locale;
  /** Height of the drawing area in CSS pixels. */
  height?: number;
  headingLevel?: 2 | 3;
  /** Options of this chart (a year, a split), shown beside its buttons. */
  controls?: ReactNode;
}

export function ChartFigure({ model, locale, height = 340, headingLevel = 3, controls }: Props) {
  const text = chartText(locale);
  const headingId = useId();
  const [asTable, setAsTable] = useState(false);
  const [saving, setSaving] = useState(false);
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  const empty = model.empty;

  async function save(): Promise<void> {
    setSaving(true);
    try {
      await downloadPng(model, locale);
    } finally {
      setSaving(false);
    }
  }

  return (
    <figure className="chart" aria-labelledby={headingId} data-chart={model.id}>
      <div className="chart__head">
        <Heading id={headingId} className="chart__title">
          {model.title}
        </Heading>
        <div className="chart__tools">
          {controls}
          {!empty && (
            <>
              <button type="button" className="chart__toggle" aria-pressed={asTable} onClick={() => setAsTable((v) => !v)}>
                {text['chart.showTable']}
              </button>
              <button type="button" onClick={() => void save()} disabled={saving}>
                {text['chart.savePng']}
              </button>
            </>
          )}
        </div>
      </div>
      {empty ? (
        <p className="chart__empty">{empty}</p>
      ) : asTable ? (
        <DataTable table={model.table} caption={model.title} regionLabel={fill(text['chart.tableRegion'], { title: model.title })} />
      ) : (
        <ChartCanvas model={model} locale={locale} height={height} />
      )}
      {model.note && <p className="chart__note">{model.note}</p>}
    </figure>
  );
}

/** What a chart mark says: which chart drew, and whether it waited for being off screen. */
export interface ChartMarkDetail {
  id: string;
  deferred: boolean;
}

function ChartCanvas({ model, locale, height }: { model: ChartModel; locale: Locale; height: number }) {
  const boxRef = useRef<HTMLDivElement>(null);
  const canvasRef = useRef<HTMLCanvasElement>(null);
  const chartRef = useRef<Chart | null>(null);
  /** Whether any of the chart is on screen; true until the observer has said otherwise. */
  const onScreen = useRef(true);
  /** The model not drawn yet, while the chart is off screen. */
  const pending = useRef<{ model: ChartModel; locale: Locale } | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);

  const draw = useCallback((next: ChartModel, nextLocale: Locale, deferred: boolean) => {
    const canvas = canvasRef.current;
    if (!canvas) return;
    pending.current = null;
    const config = toChartConfig(next, { locale: nextLocale, fillOf: (s) => patternFill(s) });
    const chart = chartRef.current;
    if (chart && (chart.config as { type?: string }).type === config.type) {
      chart.data = config.data;
      chart.options = config.options ?? {};
      chart.update('none');
    } else {
      chart?.destroy();
      chartRef.current = new Chart(canvas, config);
    }
    performance.clearMarks(CHART_MARK);
    performance.mark(CHART_MARK, { detail: { id: next.id, deferred } satisfies ChartMarkDetail });
  }, []);

  useEffect(() => {
    const box = boxRef.current;
    const observer = new IntersectionObserver(([entry]) => {
      onScreen.current = entry.isIntersecting;
      const waiting = pending.current;
      if (entry.isIntersecting && waiting) draw(waiting.model, waiting.locale, true);
    });
    if (box) observer.observe(box);
    return () => {
      observer.disconnect();
      clearTimeout(timer.current);
      chartRef.current?.destroy();
      chartRef.current = null;
    };
  }, [draw]);

  // Every new model: the same chart object takes the new data and options and redraws in
  // place, without animation. A chart on screen redraws before the browser paints, so it never
  // shows a frame behind the rest of the view; one off screen redraws right after, so that an
  // edit in a long view waits only for the charts the user can see.
  useLayoutEffect(() => {
    if (!chartRef.current || onScreen.current) {
      draw(model, locale, false);
      return;
    }
    pending.current = { model, locale };
    clearTimeout(timer.current);
    timer.current = setTimeout(() => {
      const waiting = pending.current;
      if (waiting) draw(waiting.model, waiting.locale, true);
    }, 0);
  }, [model, locale, draw]);

  return (
    <div ref={boxRef} className="chart__canvas" style={{ height }}>
      <canvas ref={canvasRef} role="img" aria-label={`${model.title}. ${model.summary}`} />
    </div>
  );
}

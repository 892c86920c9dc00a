// Reading the page each section starts on from a PDF: named destinations resolved through the
// cross-reference table and a nested page tree, as Chromium (Skia) writes them; anything else
// gives no pages rather than wrong ones. The real Chromium output is checked in
// test/integration/report.test.ts.
import { describe, expect, it } from 'vitest';
import { namedDestinationPages } from '../../../electron/report/pdf-pages';

/** A PDF of the given object bodies (object n is bodies[n-1]) with a correct xref table. */
function pdf(bodies: string[], root = 1): Buffer {
  let out = '%PDF-1.4\n%\xd3\xeb\xe9\xe1\n';
  const offsets: number[] = [];
  bodies.forEach((body, i) => {
    offsets.push(Buffer.byteLength(out, 'latin1'));
    out += `${i + 1} 0 obj\n${body}\nendobj\n`;
  });
  const at = Buffer.byteLength(out, 'latin1');
  out += `xref\n0 ${bodies.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}`;
  out += `trailer\n<</Size ${bodies.length + 1}\n/Root ${root} 0 R>>\nstartxref\n${at}\n%%EOF`;
  return Buffer.from(out, 'latin1');
}

const page = '<</Type /Page\n/Parent 2 0 R\n/MediaBox [0 0 595 842]>>';
// A stream whose bytes look like objects and dictionaries: only the xref says where objects are.
const junk = '<</Length 40>> stream\n9 0 obj << /Type /Catalog >> \x00\xff<<\nendstream';

describe('namedDestinationPages', () => {
  it('maps each destination to its page through a nested page tree', () => {
    const file = pdf([
      '<</Type /Catalog\n/Pages 2 0 R\n/Dests 3 0 R>>',
      '<</Type /Pages\n/Kids [4 0 R 8 0 R]\n/Count 3>>',
      '<</section-summary [6 0 R /XYZ 6 806 0]\n/section#2Dmethod [8 0 R /XYZ 6 655 0]\n/section-actions [7 0 R /XYZ 6 1 0]>>',
      '<</Type /Pages\n/Parent 2 0 R\n/Kids [6 0 R 7 0 R]\n/Count 2>>',
      junk,
      page,
      page,
      page,
    ]);
    expect(Object.fromEntries(namedDestinationPages(file))).toEqual({ 'section-summary': 1, 'section-actions': 2, 'section-method': 3 });
  });

  it('reads destinations written inside the catalog', () => {
    const file = pdf([
      '<</Type /Catalog /Pages 2 0 R /Dests <</a [3 0 R /Fit] /b [4 0 R /Fit]>> >>',
      '<</Type /Pages /Kids [3 0 R 4 0 R] /Count 2>>',
      page,
      page,
    ]);
    expect(Object.fromEntries(namedDestinationPages(file))).toEqual({ a: 1, b: 2 });
  });

  it('gives nothing for a PDF without destinations, a damaged one, or no PDF at all', () => {
    expect(namedDestinationPages(pdf(['<</Type /Catalog /Pages 2 0 R>>', '<</Type /Pages /Kids [3 0 R] /Count 1>>', page])).size).toBe(0);
    const good = pdf(['<</Type /Catalog /Pages 2 0 R /Dests 4 0 R>>', '<</Type /Pages /Kids [3 0 R] /Count 1>>', page, '<</a [3 0 R /Fit]>>']);
    expect(namedDestinationPages(good).size).toBe(1);
    expect(namedDestinationPages(good.subarray(0, good.length - 30)).size).toBe(0);
    expect(namedDestinationPages(Buffer.from('not a pdf')).size).toBe(0);
  });
});

// The page each section of a printed report starts on, read from the PDF Chromium wrote. The
// table of contents links to every section heading; Chromium (Skia) turns each link target
// into a named destination `/section-x [pageRef /XYZ …]` in the catalog's /Dests, and the page
// tree lists the pages in order. Reading the cross-reference table finds both without parsing
// any content stream. Anything unexpected gives an empty answer: the report is then printed
// with a table of contents without page numbers, never not at all.

interface PdfObjects {
  text: string;
  offsets: Map<number, number>;
}

function xref(text: string): Map<number, number> | null {
  const start = /startxref\s+(\d+)\s+%%EOF\s*$/.exec(text.slice(-64));
  if (!start) return null;
  const table = /^xref\s+/.exec(text.slice(Number(start[1])));
  if (!table) return null;
  const offsets = new Map<number, number>();
  const section = /(\d+)\s+(\d+)\s*[\r\n]+/y;
  let pos = Number(start[1]) + table[0].length;
  for (;;) {
    section.lastIndex = pos;
    const head = section.exec(text);
    if (!head) break;
    const first = Number(head[1]);
    const count = Number(head[2]);
    pos = section.lastIndex;
    for (let i = 0; i < count; i++) {
      const entry = /^(\d{10}) (\d{5}) ([nf])/.exec(text.slice(pos, pos + 20));
      if (!entry) return null;
      if (entry[3] === 'n') offsets.set(first + i, Number(entry[1]));
      pos += 20;
    }
  }
  return offsets;
}

/** The dictionary of object `id` (from its `<<` to the matching `>>`), or null. */
function dictionary(pdf: PdfObjects, id: number): string | null {
  const at = pdf.offsets.get(id);
  if (at === undefined) return null;
  const head = new RegExp(`^${id}\\s+\\d+\\s+obj\\s*`).exec(pdf.text.slice(at, at + 40));
  if (!head) return null;
  return balanced(pdf.text, at + head[0].length);
}

/** The `<< … >>` that starts at `from`, nested dictionaries included. */
function balanced(text: string, from: number): string | null {
  if (text.slice(from, from + 2) !== '<<') return null;
  let depth = 0;
  for (let i = from; i < text.length - 1; i++) {
    const two = text.slice(i, i + 2);
    if (two === '<<') {
      depth += 1;
      i += 1;
    } else if (two === '>>') {
      depth -= 1;
      i += 1;
      if (depth === 0) return text.slice(from, i + 1);
    }
  }
  return null;
}

const ref = (dict: string, key: string): number | null => {
  const m = new RegExp(`/${key}\\s+(\\d+)\\s+\\d+\\s+R`).exec(dict);
  return m ? Number(m[1]) : null;
};

/** The page objects in reading order, through a page tree of any depth. */
function pageOrder(pdf: PdfObjects, node: number, out: number[], depth = 0): void {
  const dict = dictionary(pdf, node);
  if (!dict || depth > 32) return;
  if (!/\/Type\s*\/Pages\b/.test(dict)) {
    out.push(node);
    return;
  }
  const kids = /\/Kids\s*\[([^\]]*)\]/.exec(dict);
  for (const m of kids?.[1].matchAll(/(\d+)\s+\d+\s+R/g) ?? []) pageOrder(pdf, Number(m[1]), out, depth + 1);
}

const decodeName = (name: string) => name.replace(/#([0-9a-fA-F]{2})/g, (_, h: string) => String.fromCharCode(parseInt(h, 16)));

/** Named destination → 1-based page number, for every destination of the PDF. */
export function namedDestinationPages(pdf: Buffer): Map<string, number> {
  const out = new Map<string, number>();
  const text = pdf.toString('latin1');
  const offsets = xref(text);
  if (!offsets) return out;
  const objects: PdfObjects = { text, offsets };
  // The trailer, just before startxref, names the catalog.
  const trailer = /trailer\s*<<[^]*?\/Root\s+(\d+)\s+\d+\s+R/.exec(text.slice(Math.max(0, text.lastIndexOf('trailer'))));
  const catalog = trailer ? dictionary(objects, Number(trailer[1])) : null;
  if (!catalog || !/\/Type\s*\/Catalog\b/.test(catalog)) return out;
  const root = ref(catalog, 'Pages');
  const destsRef = ref(catalog, 'Dests');
  let dests: string | null = destsRef === null ? null : dictionary(objects, destsRef);
  if (dests === null) {
    const inline = /\/Dests\s*<</.exec(catalog);
    dests = inline ? balanced(catalog, inline.index + inline[0].length - 2) : null;
  }
  if (root === null || dests === null) return out;
  const pages: number[] = [];
  pageOrder(objects, root, pages);
  const pageOf = new Map(pages.map((id, i) => [id, i + 1]));
  for (const m of dests.matchAll(/\/([^\s/[\]<>()]+)\s*\[\s*(\d+)\s+\d+\s+R/g)) {
    const page = pageOf.get(Number(m[2]));
    if (page !== undefined) out.set(decodeName(m[1]), page);
  }
  return out;
}

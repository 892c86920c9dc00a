// The built-in sample plan (Umeå), bundled into the app so that a first start needs no file.
// A fresh copy is made each time; the original in assets/ is never written.
import sample from '../../assets/sample/umea-2480.json';
import { parsePlanDocument } from '../../shared/schema/document';
import type { Plan } from './domain';

export function samplePlan(): Plan {
  const r = parsePlanDocument(structuredClone(sample));
  if (!r.ok) throw new Error(`the bundled sample plan is invalid: ${JSON.stringify(r.problems[0])}`);
  return r.plan;
}

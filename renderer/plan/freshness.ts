// Answers may arrive in another order than Node wrote them (the browser host answers on parallel
// connections): a row is only ever replaced by a newer state of it, and a delta older than a
// snapshot loaded since is dropped. Node numbers its changes (the frames' `seq`).
import { COLLECTIONS, rowKey, type Collection, type PlanDelta, type RowOf } from '../../shared/api/frame';

export class Freshness {
  /** The newest change Node has told of. */
  latest = -1;
  /** A snapshot was loaded after this change: deltas up to it are in it already. */
  private floor = -1;
  private rowSeq = new Map<string, number>();

  saw(seq: number | undefined): void {
    if (seq !== undefined && seq > this.latest) this.latest = seq;
  }

  reset(asOf: number): void {
    this.floor = asOf;
    this.rowSeq.clear();
  }

  stale(seq: number | undefined): boolean {
    return seq !== undefined && seq <= this.floor;
  }

  /** Whether the state of `key` at `seq` is newer than the one shown; records it if so. */
  private newer(key: string, seq: number | undefined): boolean {
    if (seq === undefined) return true;
    const shown = this.rowSeq.get(key);
    if (shown !== undefined && shown > seq) return false;
    this.rowSeq.set(key, seq);
    return true;
  }

  keep(rows: PlanDelta['rows'], seq: number | undefined): PlanDelta['rows'] {
    const out: PlanDelta['rows'] = {};
    for (const c of COLLECTIONS) {
      const list = rows[c] as RowOf<Collection>[] | undefined;
      if (list) (out as Record<Collection, unknown[]>)[c] = list.filter((r) => this.newer(`${c}\u0000${rowKey(c, r)}`, seq));
    }
    return out;
  }

  keepIds(deleted: PlanDelta['deleted'], seq: number | undefined): PlanDelta['deleted'] {
    const out: PlanDelta['deleted'] = {};
    for (const c of COLLECTIONS) {
      const ids = deleted[c];
      if (ids) out[c] = ids.filter((id) => this.newer(`${c}\u0000${id}`, seq));
    }
    return out;
  }
}

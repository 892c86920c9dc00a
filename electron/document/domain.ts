// The domain types the store maps to (re-exported so that store modules import one place).
export type * from '../../shared/domain/types';
export type * from '../../shared/domain/ids';

// The follow-up report's sections.
export { Summary } from './Summary';
export { Spending } from './Spending';
export { Emissions } from './Emissions';
export { Changes } from './Changes';
export { Commitments } from './Commitments';
export { Method } from './Method';

/** Chart images (blob: URLs) by chart. */
export type FollowUpImages = Partial<Record<'spending' | 'emissions', string>>;

// scenarios.*: handled in electron/services/scenarios.ts.
import type { Scenario } from '../../domain/types';
import { scenarioShape } from '../../schema/entities';
import { crud } from '../crud';

const scenarios = crud<Scenario, typeof scenarioShape>(scenarioShape);

export const scenarioCalls = {
  'scenarios.list': scenarios.list,
  'scenarios.create': scenarios.create,
  'scenarios.update': scenarios.update,
  'scenarios.delete': scenarios.delete,
};

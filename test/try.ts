import { simulateUncertainty } from '../shared/uncertainty';
import { normalizePlan } from '../shared/domain/normalize';
import { largePlan } from './support/large-plan';
const plan = normalizePlan(JSON.parse(JSON.stringify(largePlan(10000))));
let t0=performance.now(); simulateUncertainty(plan,'all',{draws: 100}); console.log('sim', performance.now()-t0);

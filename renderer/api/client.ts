// The one client object of the renderer. Views call `client.call('plan.update', …)` and get
// the contract's envelope back, whichever transport carries it; the stores follow the frames.
import { createClient } from '../../shared/api/client';
import { observed, pushed } from './observe';
import { pickTransport } from './transport';

const carrier = pickTransport();
carrier.events(pushed);

export const client = createClient(observed(carrier.carry));

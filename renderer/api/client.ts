// The one client object of the renderer. Views call `client.call('plan.update', …)` and get
// the contract's envelope back, whichever transport carries it.
import { createClient } from '../../shared/api/client';
import { observed } from './observe';
import { pickTransport } from './transport';

export const client = createClient(observed(pickTransport()));

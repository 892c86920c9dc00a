// Which transport carries the calls: Electron's preload bridge when there is one, else the
// browser host's HTTP API. Nothing above this module knows which.
import type { Transport } from '../../shared/api/client';
import { electronBridge } from './bridge';
import { httpTransport } from './httpTransport';

export function pickTransport(): Transport {
  const bridge = electronBridge();
  if (bridge) return (name, input) => bridge.invoke(name, input);
  return httpTransport();
}

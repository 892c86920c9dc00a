// The document service's process: the document manager and the dispatcher, away from the
// process that draws the window, so that a VACUUM INTO or a save's retries never freeze it.
// Under Electron it is a utilityProcess (process.parentPort); under Node (the tests) a child
// process with an IPC channel. Either way main.ts (or the test) speaks protocol.ts with it.
import type { ParentPort } from 'electron';
import { useNativeBinding } from '../document/db';
import { setGateRunner } from '../document/gate';
import { setReportTabOpener } from '../report/printer';
import { makePort, type Port } from './protocol';
import { remoteGate, remoteTabOpener } from './remote';
import { serveDocuments } from './service';

// Under Electron main passes the path of the Electron-ABI build of better-sqlite3.
useNativeBinding(process.env.KLIMAT_SQLITE_BINDING || undefined);

const parentPort = (process as { parentPort?: ParentPort }).parentPort;

function electronPort(p: ParentPort): Port {
  return makePort(
    (m) => p.postMessage(m),
    (listener) => {
      const on = (e: { data: unknown }) => listener(e.data);
      p.on('message', on);
      return () => p.off('message', on);
    },
  );
}

function childPort(): Port {
  if (!process.send) throw new Error('Dokumenttjänsten måste startas av programmet (ingen kanal till det).');
  // Nothing is left to serve once the parent is gone.
  process.on('disconnect', () => process.exit(0));
  return makePort(
    // With a callback, a send after the parent is gone is reported to it instead of thrown later.
    (m) => process.send!(m, undefined, undefined, () => {}),
    (listener) => {
      process.on('message', listener);
      return () => process.off('message', listener);
    },
  );
}

const { peer } = serveDocuments(parentPort ? electronPort(parentPort) : childPort());
if (parentPort) {
  // Only main can start a utilityProcess or open a window.
  setGateRunner(remoteGate(peer));
  setReportTabOpener(remoteTabOpener(peer));
}

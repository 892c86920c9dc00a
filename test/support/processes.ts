// Real child processes: the CLI (`node dist/node/cli.cjs …`) and the browser host
// (`node dist/node/host.cjs <file> --no-open`), with their output collected.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { request } from 'node:http';
import { createInterface } from 'node:readline';
import type { CallName, CallOutput } from '../../shared/api/contract';
import type { ApiResult } from '../../shared/api/result';
import type { InputArg } from './calls';
import { CLI, HOST } from './env';

export interface Run {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

export interface RunOptions {
  env?: NodeJS.ProcessEnv;
  cwd?: string;
  /** Run the command through this prefix, e.g. `['setpriv', '--reuid=nobody', …]`. */
  prefix?: string[];
}

/** Runs a command to its end and collects its output. */
export function run(cmd: string, args: string[], opts: RunOptions = {}): Promise<Run> {
  const [file, ...pre] = opts.prefix?.length ? [...opts.prefix, cmd] : [cmd];
  return new Promise((resolve, reject) => {
    const child = spawn(file, [...pre, ...args], { cwd: opts.cwd, env: opts.env ?? process.env, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout!.setEncoding('utf8').on('data', (d: string) => (stdout += d));
    child.stderr!.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    child.on('error', reject);
    child.on('close', (code, signal) => resolve({ code, signal, stdout, stderr }));
  });
}

/** `node dist/node/cli.cjs <args>`. */
export function cli(args: string[], opts: RunOptions = {}): Promise<Run> {
  return run(process.execPath, [CLI, ...args], opts);
}

/** The lines a process wrote on stderr (without the empty one after the last newline). */
export function stderrLines(r: Run): string[] {
  return r.stderr.split('\n').filter((l, i, all) => l !== '' || i < all.length - 1);
}

/** Whether a program can be run here (e.g. `setpriv`, `zip`). */
export function commandExists(cmd: string): boolean {
  return spawnSync('sh', ['-c', `command -v ${cmd}`], { stdio: 'ignore' }).status === 0;
}

/** A process that only sleeps: a live pid that is not ours (for lock tests). */
export function sleeper(): ChildProcess {
  return spawn(process.execPath, ['-e', 'setTimeout(() => {}, 600000)'], { stdio: 'ignore' });
}

/** Waits until `child` has exited (after a kill). */
export function exited(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => child.once('exit', () => resolve()));
}

/** The pid of a process that has already ended. */
export async function deadPid(): Promise<number> {
  const child = spawn(process.execPath, ['-e', '0'], { stdio: 'ignore' });
  await exited(child);
  return child.pid!;
}

// ---------------------------------------------------------------------------------------------
// The browser host

export interface HostProcess {
  child: ChildProcess;
  url: string;
  port: number;
  token: string;
  stderr(): string;
  /** `POST /api/<name>` with the token: the answer envelope, typed over the contract. */
  call<N extends CallName>(name: N, ...input: InputArg<N>): Promise<ApiResult<CallOutput<N>>>;
  /** Any name, any input (refusals are tested with bad input). */
  callRaw(name: string, input?: unknown): Promise<ApiResult<unknown>>;
  /** A raw request with any headers (Host, Origin, token) the test chooses. */
  request(opts: RawRequest): Promise<RawResponse>;
  kill(signal?: NodeJS.Signals): Promise<void>;
}

export interface RawRequest {
  method?: string;
  path: string;
  headers?: Record<string, string>;
  body?: string;
}

export interface RawResponse {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

const running = new Set<ChildProcess>();

/** Starts `node dist/node/host.cjs <args> --no-open` and waits for its `KLIMAT_URL=` line. */
export async function startHost(args: string[], opts: { env?: NodeJS.ProcessEnv } = {}): Promise<HostProcess> {
  const child = spawn(process.execPath, [HOST, ...args, '--no-open'], { env: opts.env ?? process.env, stdio: ['ignore', 'pipe', 'pipe'] });
  running.add(child);
  child.on('exit', () => running.delete(child));
  let err = '';
  child.stderr!.setEncoding('utf8').on('data', (d: string) => (err += d));
  const url = await new Promise<string>((resolve, reject) => {
    const lines = createInterface({ input: child.stdout! });
    lines.on('line', (line) => {
      if (line.startsWith('KLIMAT_URL=')) resolve(line.slice('KLIMAT_URL='.length));
    });
    child.once('exit', (code) => reject(new Error(`the host ended (code ${code}) before it was ready: ${err}`)));
  });
  const u = new URL(url);
  const port = Number(u.port);
  const token = u.searchParams.get('token') ?? '';
  const raw = (o: RawRequest) => httpRequest(port, o);
  const callRaw = async (name: string, input: unknown = {}): Promise<ApiResult<unknown>> => {
    const res = await raw({
      method: 'POST',
      path: `/api/${name}`,
      headers: { 'Content-Type': 'application/json', 'X-Klimat-Token': token },
      body: JSON.stringify(input),
    });
    if (res.status !== 200) throw new Error(`${name}: HTTP ${res.status} ${res.body}`);
    return JSON.parse(res.body) as ApiResult<unknown>;
  };
  return {
    child,
    url,
    port,
    token,
    stderr: () => err,
    request: raw,
    call: (name, ...[input]) => callRaw(name, input) as never,
    callRaw,
    async kill(signal: NodeJS.Signals = 'SIGKILL') {
      if (child.exitCode === null && child.signalCode === null) child.kill(signal);
      await exited(child);
    },
  };
}

/** Kills every host a test left running (afterAll). */
export async function stopHosts(): Promise<void> {
  await Promise.all(
    [...running].map((c) => {
      c.kill('SIGKILL');
      return exited(c);
    }),
  );
}

/** node's http.request, so that the Host header (and any other) is exactly what the test says. */
export function httpRequest(port: number, o: RawRequest): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    const headers: Record<string, string> = { Host: `127.0.0.1:${port}`, ...o.headers };
    if (o.body !== undefined) headers['Content-Length'] = String(Buffer.byteLength(o.body));
    const req = request({ host: '127.0.0.1', port, method: o.method ?? 'GET', path: o.path, headers, setHost: false }, (res) => {
      let body = '';
      res.setEncoding('utf8').on('data', (d: string) => (body += d));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
    });
    req.on('error', reject);
    if (o.body !== undefined) req.write(o.body);
    req.end();
  });
}

/**
 * The benches' child processes: forked TypeScript entry points that talk over IPC (a load
 * generator, so its CPU is not the measured server's), and scripts run to completion with their
 * output captured.
 */
import { fork, spawn, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';

export interface BenchChild {
  child: ChildProcess;
  send(message: Record<string, unknown>): void;
  /** The child's next message of this `type` (in order); rejects when the child exits first. */
  next<T = Record<string, unknown>>(type: string): Promise<T>;
  /** Resolves with the exit code once the child has exited. */
  exited: Promise<number | null>;
}

export interface ForkOptions {
  /** Node flags before `--import tsx`; default none. */
  execArgv?: string[];
  /** Variables set on top of this process's environment (NODE_ENV=production for a measured server); default none. */
  env?: Record<string, string>;
}

/** Forks a bench's TypeScript module (through tsx) with an IPC channel and this process's stdout and stderr. */
export function forkBench(file: URL, options: ForkOptions = {}): BenchChild {
  const child = fork(fileURLToPath(file), [], {
    execArgv: [...(options.execArgv ?? []), '--import', 'tsx'],
    env: { ...process.env, ...options.env },
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  const waiting = new Map<string, { resolve: (message: never) => void; reject: (error: Error) => void }[]>();
  child.on('message', (message: Record<string, unknown>) => {
    const type = String(message['type']);
    waiting.get(type)?.shift()?.resolve(message as never);
  });
  let gone: Error | undefined;
  const exited = new Promise<number | null>((resolve) => child.once('exit', resolve));
  void exited.then((code) => {
    gone = new Error(`${fileURLToPath(file)} exited (${code}) before answering`);
    for (const waiter of [...waiting.values()].flat()) waiter.reject(gone);
    waiting.clear();
  });
  return {
    child,
    send: (message) => void child.send(message),
    next: <T>(type: string) =>
      new Promise<T>((resolve, reject) => {
        if (gone) reject(gone);
        else waiting.set(type, [...(waiting.get(type) ?? []), { resolve: resolve as (message: never) => void, reject }]);
      }),
    exited,
  };
}

/**
 * Runs a command to its end, echoing its output to this process's stderr (progress) and
 * resolving with its exit code and what it printed on stdout.
 */
export function runCaptured(
  command: string,
  args: string[],
  /** Where it runs (default this process's directory) and the variables set on top of this process's environment. */
  options: { cwd?: string; env?: Record<string, string> } = {},
): Promise<{ code: number | null; stdout: string }> {
  const child = spawn(command, args, { cwd: options.cwd, env: { ...process.env, ...options.env }, stdio: ['ignore', 'pipe', 'inherit'] });
  let stdout = '';
  child.stdout.on('data', (chunk: Buffer) => {
    stdout += chunk.toString();
    process.stderr.write(chunk);
  });
  return new Promise((resolve, reject) => {
    child.once('error', reject);
    child.once('close', (code) => resolve({ code, stdout }));
  });
}

// Runs one bench phase in a child process of the bench module itself (same loader flags, so it
// works under tsx and from dist) and resolves with the one message the child sends back. Each
// phase gets a fresh heap, so peak RSS and GC figures are its own.
import { fork } from 'node:child_process';
import { fileURLToPath } from 'node:url';

export function runIsolated<M>(moduleUrl: string, args: readonly string[], label: string, options: { exposeGc?: boolean } = {}): Promise<M> {
  const execArgv = options.exposeGc === true ? [...process.execArgv, '--expose-gc'] : process.execArgv;
  return new Promise((resolve, reject) => {
    const child = fork(fileURLToPath(moduleUrl), [...args], { execArgv, stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
    let result: M | undefined;
    child.on('message', (m) => { result = m as M; });
    child.on('error', reject);
    child.on('exit', (code) => { if (result !== undefined && code === 0) resolve(result); else reject(new Error(`${label} exited with code ${String(code)}`)); });
  });
}

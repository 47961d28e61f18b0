// What every `parallax` command shares: output streams, exit codes, and the shape of a command
// module (src/cli/<command>.ts exports `register(program, context)`; main.ts lists them).
import { existsSync } from 'node:fs';
import { InvalidArgumentError, type Command } from 'commander';
import { isParallaxError } from '../errors.js';
import { openStore, storeKind } from '../storage/index.js';
import type { Store } from '../storage/store.js';

export const EXIT = { ok: 0, failed: 1, usage: 2, rejected: 3 } as const;

export type Io = { stdout: (s: string) => void; stderr: (s: string) => void };

export type CommandContext = {
  io: Io;
  /** Sets the process exit code the command ends with. */
  setExit: (code: number) => void;
};

/** A command module's entry: adds its command (options, help, action) to the program. */
export type Register = (program: Command, context: CommandContext) => void;

/** The store a command uses unless --db names another. */
export const DEFAULT_DB = './parallax.db';

/** Parses a positive integer option value (commander reports the error as a usage error). */
export function positiveInt(v: string): number {
  const n = Number(v);
  if (!Number.isInteger(n) || n < 1) throw new InvalidArgumentError('expected a positive integer');
  return n;
}

/** Parses a whole number ≥ 0 (an offset). */
export function nonNegativeInt(v: string): number {
  const n = Number(v);
  if (!Number.isInteger(n) || n < 0) throw new InvalidArgumentError('expected a whole number ≥ 0');
  return n;
}

/** Prints a ParallaxError as one `parallax: …` line and returns EXIT.failed; anything else is rethrown. */
export function failed(io: Io, e: unknown): number {
  if (!isParallaxError(e)) throw e;
  io.stderr(`parallax: ${e.message}\n`);
  return EXIT.failed;
}

/**
 * Opens the store at `location`, runs `work`, closes the store. With `mustExist`, a SQLite file
 * that is not there is an error (reading commands must not create an empty database).
 */
export async function withStore(io: Io, location: string, mustExist: boolean, work: (store: Store) => Promise<number>): Promise<number> {
  if (mustExist && storeKind(location) === 'sqlite' && !existsSync(location)) {
    io.stderr(`parallax: ${location}: no store there; create one with "parallax ingest <paths…> --db ${location}", or name it with --db\n`);
    return EXIT.failed;
  }
  let store: Store;
  try {
    store = await openStore(location);
  } catch (e) {
    return failed(io, e);
  }
  try {
    return await work(store);
  } catch (e) {
    return failed(io, e);
  } finally {
    await store.close();
  }
}

// The `parallax` command line. Each command lives in its own module (src/cli/<command>.ts) that
// exports `register(program, context)`; this file lists them, parses arguments and maps errors to
// exit codes.
import { Command, CommanderError } from 'commander';
import { register as analyze } from './analyze.js';
import { EXIT, type Io, type Register } from './command.js';
import { register as events } from './events.js';
import { register as ingest } from './ingest.js';
import { register as show } from './show.js';
import { register as serve } from './serve.js';
import { register as watch } from './watch.js';

export { EXIT, type Io } from './command.js';

/** The commands, in the order `parallax --help` lists them. */
const COMMANDS: Register[] = [
  analyze,
  ingest,
  events,
  show,
  watch,
  serve,
];

const EXAMPLES = `
Examples:
  $ parallax analyze examples/corpus                 # one-shot report: out/report.json and report.html
  $ parallax ingest examples/corpus --db news.db     # add articles to a store; only affected events are regrouped
  $ parallax events --db news.db --entity Lumora --sort size
  $ parallax show ev-0123456789abcdef --db news.db`;

export function buildProgram(io: Io, setExit: (code: number) => void): Command {
  const program = new Command('parallax')
    .description('Multi-source news event engine: groups articles into events and shows what sources say.')
    .exitOverride()
    .configureOutput({ writeOut: io.stdout, writeErr: io.stderr })
    .showHelpAfterError();
  for (const register of COMMANDS) register(program, { io, setExit });
  for (const command of program.commands) command.exitOverride().configureOutput({ writeOut: io.stdout, writeErr: io.stderr });
  program.addHelpText('after', EXAMPLES);
  return program;
}

/** Runs the CLI with the given arguments (without node and script); resolves to the exit code. */
export async function run(argv: readonly string[], io: Io = { stdout: (s) => process.stdout.write(s), stderr: (s) => process.stderr.write(s) }): Promise<number> {
  let code: number = EXIT.ok;
  const program = buildProgram(io, (c) => (code = c));
  try {
    await program.parseAsync([...argv], { from: 'user' });
  } catch (e) {
    if (e instanceof CommanderError) return e.exitCode === 0 ? EXIT.ok : EXIT.usage;
    throw e;
  }
  if (argv.length === 0) {
    io.stdout(program.helpInformation());
    return EXIT.usage;
  }
  return code;
}

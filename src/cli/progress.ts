// Progress bar on stderr for long runs (TTY only; silent when piped or in CI).
import cliProgress from 'cli-progress';
import { silentProgress, type Progress } from '../context.js';

/** Runs shorter than this many items show no bar. */
const MIN_ITEMS_FOR_BAR = 200;

export function terminalProgress(stream: NodeJS.WriteStream = process.stderr): Progress {
  if (!stream.isTTY) return silentProgress;
  let bar: cliProgress.SingleBar | undefined;
  return {
    start(label, total) {
      if (total < MIN_ITEMS_FOR_BAR) return;
      bar = new cliProgress.SingleBar(
        { stream, format: `${label.padEnd(8)} [{bar}] {percentage}% | {value}/{total} | {eta_formatted} left`, hideCursor: true, clearOnComplete: true },
        cliProgress.Presets.shades_classic,
      );
      bar.start(total, 0);
    },
    tick(n = 1) {
      bar?.increment(n);
    },
    stop() {
      bar?.stop();
      bar = undefined;
    },
  };
}

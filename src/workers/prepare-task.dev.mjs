// Development only: worker threads cannot load TypeScript through `--import tsx`, so when the
// engine runs from source (tests, tsx) the pool loads this file, which registers tsx in the worker
// and re-exports the tasks. The compiled build loads prepare-task.js directly.
import { register } from 'tsx/esm/api';

register();
const task = await import('./prepare-task.ts');
export default task.default;
export const finishEvents = task.finishEvents;

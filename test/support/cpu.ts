// CPU time of this process in milliseconds (user + system, all threads), for tests that bound how
// long a computation may take: unlike wall time it does not grow when the machine is loaded.
// Use differences only: `const t = cpuNow(); work(); const ms = cpuNow() - t;`.
export function cpuNow(): number {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
}

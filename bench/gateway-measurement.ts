/**
 * One measured load window against a gateway in its own process: the load result, the process's CPU
 * over the window and the vendor calls the simulator answered meanwhile.
 */
import { measureHttp, type LoadOptions, type LoadResult, type LoadTarget } from './http-load.js';
import { processTreeCpuMs } from './process-cpu.js';
import type { SimulatorCalls, SimulatorProcess } from './simulator-process.js';

export interface GatewayMeasurement {
  result: LoadResult;
  /** The gateway process tree's CPU over the window / answers (NaN without /proc). */
  cpuMsPerOperation: number;
  /** The simulator's journal over the window. */
  calls: SimulatorCalls;
}

/** One load window against a gateway process (`pid`), with its CPU and the vendor calls it made. */
export async function measureGateway(
  pid: number,
  simulator: SimulatorProcess,
  target: LoadTarget,
  options: LoadOptions,
): Promise<GatewayMeasurement> {
  let cpuBefore = NaN;
  const result = await measureHttp(target, options, async () => {
    await simulator.clearCalls();
    cpuBefore = processTreeCpuMs(pid);
  });
  const cpuMs = processTreeCpuMs(pid) - cpuBefore;
  const calls = await simulator.calls();
  return { result, cpuMsPerOperation: cpuMs / Math.max(1, result.completed), calls };
}

/**
 * The performance targets (issue 16), judged from one run's sections: the operations beside the
 * ceiling measured in the same run. A target whose figures the run did not measure is left out.
 */
import { CEILING } from './sections/ceiling.js';
import { figure, type MeasuredFigures, type SectionResult } from './report.js';

interface Target {
  /** What is aimed at, in words. */
  what: string;
  /** The operation it is judged on. */
  operation: string;
  /** The figure, and whether it meets the aim. */
  judge(operation: MeasuredFigures, ceiling: MeasuredFigures): { value: string; met: boolean };
}

const shareOfCeiling = (share: number) => (operation: MeasuredFigures, ceiling: MeasuredFigures) => {
  const measured = operation.queriesPerSecond / ceiling.queriesPerSecond;
  return { value: `${figure(100 * measured, 0)}% (${figure(operation.queriesPerSecond)} of ${figure(ceiling.queriesPerSecond)} q/s)`, met: measured >= share };
};

const TARGETS: readonly Target[] = [
  { what: 'BenchTicket p50 ≤ 25 ms', operation: 'BenchTicket', judge: (op) => ({ value: `${figure(op.p50Ms, 1)} ms`, met: op.p50Ms <= 25 }) },
  { what: 'BenchTicket ≥ 25% of the ceiling’s queries/s', operation: 'BenchTicket', judge: shareOfCeiling(0.25) },
  { what: 'BenchTicket ≤ 3 ms CPU per operation', operation: 'BenchTicket', judge: (op) => ({ value: `${figure(op.cpuMsPerOperation, 1)} ms`, met: op.cpuMsPerOperation <= 3 }) },
  { what: 'BenchTicket ≤ 4 upstream calls per operation', operation: 'BenchTicket', judge: (op) => ({ value: figure(op.upstreamCallsPerOperation ?? NaN, 2), met: (op.upstreamCallsPerOperation ?? Infinity) <= 4 }) },
  { what: '`{ __typename }` ≥ 60% of the ceiling’s queries/s', operation: 'Typename', judge: shareOfCeiling(0.6) },
  { what: 'LiveBoardNow ≥ 40% of the ceiling’s queries/s', operation: 'LiveBoardNow', judge: shareOfCeiling(0.4) },
];

/** The targets section, or undefined when the run measured neither the operations nor the ceiling. */
export function targetsSection(results: readonly SectionResult[]): SectionResult | undefined {
  const measured = Object.assign({}, ...results.map((result) => result.measured ?? {})) as Record<string, MeasuredFigures>;
  const ceiling = measured[CEILING];
  if (!ceiling) return undefined;
  const rows = TARGETS.flatMap((target) => {
    const operation = measured[target.operation];
    if (!operation) return [];
    const { value, met } = target.judge(operation, ceiling);
    return [[target.what, value, met ? 'met' : 'missed']];
  });
  if (rows.length === 0) return undefined;
  return {
    title: 'Targets against the ceiling',
    method: 'Each operation’s figures from "Operations over HTTP" beside the ceiling measured in the same run, with the same load (the peer’s and start-up targets are under their own sections).',
    table: { columns: ['target', 'this run', ''], rows },
    notes: [],
  };
}

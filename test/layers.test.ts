import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { cruise, type ICruiseResult, type IViolation } from 'dependency-cruiser';
import extractDepcruiseOptions from 'dependency-cruiser/config-utl/extract-depcruise-options';
import extractTSConfig from 'dependency-cruiser/config-utl/extract-ts-config';

/**
 * The layer rule (docs/testing.md, "The layer rule"): dependency-cruiser, with the rules of
 * .dependency-cruiser.cjs, over every folder of the gateway, the benchmarks and the simulator.
 * A failure lists each violation as `rule: from → to`, grouped by rule with the rule's comment.
 */
const ROOT = fileURLToPath(new URL('..', import.meta.url));
const FOLDERS = ['domain', 'clients', 'adapters', 'live', 'store', 'resolvers', 'schema', 'server', 'bench', 'simulator'];

let result: ICruiseResult;
let comments: Map<string, string>;

beforeAll(async () => {
  const options = await extractDepcruiseOptions(`${ROOT}.dependency-cruiser.cjs`);
  comments = new Map((options.ruleSet?.forbidden ?? []).map((rule) => [rule.name ?? '', rule.comment ?? '']));
  const tsConfigFile = options.tsConfig?.fileName ?? 'tsconfig.json';
  const tsConfig = extractTSConfig(`${ROOT}${tsConfigFile}`);
  const { output } = await cruise(FOLDERS, { ...options, baseDir: ROOT }, {}, { tsConfig });
  if (typeof output === 'string') throw new Error(`dependency-cruiser answered with text, not a result: ${output.slice(0, 500)}`);
  result = output;
}, 120_000);

/** `rule: from → to`, with the cycle or the path that makes it a violation. */
function describeViolation(violation: IViolation): string {
  const types = violation.dependencyTypes?.includes('type-only') ? ' (type-only import)' : '';
  let line = `${violation.from} → ${violation.to}${types}`;
  if (violation.cycle?.length) line += `\n      cycle: ${[violation.from, ...violation.cycle.map((step) => step.name)].join(' → ')}`;
  if (violation.via?.length) line += `\n      via: ${[violation.from, ...violation.via.map((step) => step.name)].join(' → ')}`;
  return line;
}

function report(violations: readonly IViolation[]): string {
  const byRule = new Map<string, IViolation[]>();
  for (const violation of violations) byRule.set(violation.rule.name, [...(byRule.get(violation.rule.name) ?? []), violation]);
  const sections = [...byRule].map(([rule, list]) => {
    const comment = comments.get(rule);
    return [`${rule} (${list.length})${comment ? `: ${comment}` : ''}`, ...list.map((violation) => `    ${describeViolation(violation)}`)].join('\n');
  });
  return `${violations.length} layer-rule violation${violations.length === 1 ? '' : 's'} (.dependency-cruiser.cjs; fix the import, or move the code to the layer it belongs to):\n\n${sections.join('\n\n')}\n`;
}

describe('the layer rule', () => {
  it('cruises every folder it is asked to', () => {
    const cruised = new Set(result.modules.map((module) => module.source.split('/')[0]));
    expect(FOLDERS.filter((folder) => !cruised.has(folder))).toEqual([]);
    expect(result.summary.totalCruised).toBeGreaterThan(100);
  });

  it('resolves every relative import (an unresolved one would hide its violations)', () => {
    const unresolved = result.modules.flatMap((module) =>
      module.dependencies.filter((dependency) => dependency.couldNotResolve && dependency.module.startsWith('.')).map((dependency) => `${module.source} → ${dependency.module}`),
    );
    expect(unresolved).toEqual([]);
  });

  it('has no violations', () => {
    const violations = result.summary.violations;
    if (violations.length > 0) expect.fail(report(violations));
    expect(result.summary.error + result.summary.warn + result.summary.info).toBe(0);
  });
});

import { closest, distance } from 'fastest-levenshtein';

/** A variable that looks like a setting but is none, and the known name it is most likely a slip for. */
export interface UnknownVariable {
  variable: string;
  closest: string;
}

/**
 * Kubernetes gives every pod `<SERVICE>_PORT`, `<SERVICE>_SERVICE_HOST`, `<SERVICE>_PORT_4000_TCP_ADDR`, ...
 * for each service in its namespace (a service named `redis` or `switchboard` among them): never ours.
 */
const SERVICE_LINK = /_SERVICE_(HOST|PORT)(_\w+)?$|_PORT(_\d+_(TCP|UDP|SCTP)(_(PROTO|PORT|ADDR))?)?$/;

/**
 * The variables among `names` that look like settings but are not `known`: those starting with one of
 * `prefixes` (ZENDESK_, RATE_LIMIT_, ...), those a slip away from a known name (an edit or two, by length:
 * `ZENDSK_URL`; none for names under five letters, so HOME is not taken for HOST) and a known name in the
 * wrong case. Each comes with the closest known name. Kubernetes service links are left out.
 */
export function unknownVariables(names: Iterable<string>, known: ReadonlySet<string>, prefixes: readonly string[]): UnknownVariable[] {
  const knownNames = [...known];
  const found: UnknownVariable[] = [];
  for (const variable of names) {
    if (known.has(variable) || SERVICE_LINK.test(variable)) continue;
    const upper = variable.toUpperCase();
    if (upper !== variable) {
      // Lower-case names are other tools' (npm_config_*), unless one is ours in the wrong case.
      if (known.has(upper)) found.push({ variable, closest: upper });
      continue;
    }
    const nearest = closest(variable, knownNames);
    if (prefixes.some((prefix) => variable.startsWith(prefix)) || distance(variable, nearest) <= slips(variable)) found.push({ variable, closest: nearest });
  }
  return found;
}

/** How many edits a name may be from a known one and still be taken for a slip. */
function slips(name: string): number {
  if (name.length < 5) return 0;
  return name.length < 8 ? 1 : 2;
}

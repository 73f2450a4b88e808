/**
 * Custom session attributes: `session.custom.<code_name>=value` parameters (confirmed form). Each value
 * is at most 1,024 characters and all of them together, the external key included, at most 10 KB
 * (confirmed limits, BeyondTrust API guide).
 */
export const CUSTOM_ATTRIBUTE_LIMITS = { each: 1024, total: 10 * 1024 } as const;

const PARAM = /^session\.custom\.(\w+)$/;

/** The `session.custom.*` parameters by code name (`external_key` among them), or what is wrong with them. */
export function readCustomAttributes(params: URLSearchParams): { attributes: Record<string, string> } | { error: string } {
  const attributes: Record<string, string> = {};
  let total = 0;
  for (const [name, value] of params) {
    const code = PARAM.exec(name)?.[1];
    if (code === undefined) continue;
    if (value.length > CUSTOM_ATTRIBUTE_LIMITS.each) return { error: `${name} must be at most ${CUSTOM_ATTRIBUTE_LIMITS.each} characters` };
    total += value.length;
    attributes[code] = value;
  }
  if (total > CUSTOM_ATTRIBUTE_LIMITS.total) return { error: `session.custom.* values must be at most ${CUSTOM_ATTRIBUTE_LIMITS.total} characters together` };
  return { attributes };
}

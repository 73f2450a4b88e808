import { bomgarSource } from './support-bomgar.js';
import { gotoAssistSource } from './support-goto-assist.js';
import type { SupportVendor } from './support-model.js';
import type { SupportSource } from './support-source.js';

/** The remote-support vendors the session services read: one line per vendor. */
export const SUPPORT_SOURCES: readonly SupportSource[] = [gotoAssistSource, bomgarSource];

export function supportSource(vendor: SupportVendor): SupportSource | undefined {
  return SUPPORT_SOURCES.find((source) => source.vendor === vendor);
}

import { bomgarSource } from './bomgar/support-source.js';
import { gotoAssistSource } from './gotoassist/support-source.js';
import type { SupportVendor } from '../domain/support.js';
import type { SupportSource } from './support-source.js';

/** The remote-support vendors the session services read: one line per vendor. */
export const SUPPORT_SOURCES: readonly SupportSource[] = [gotoAssistSource, bomgarSource];

export function supportSource(vendor: SupportVendor): SupportSource | undefined {
  return SUPPORT_SOURCES.find((source) => source.vendor === vendor);
}

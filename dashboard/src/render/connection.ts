import type { ConnectionState } from '../connection.js';

export type BannerState = ConnectionState | 'signed-out';

const TEXT: Record<BannerState, string> = {
  connecting: 'Connecting…',
  live: 'Live',
  disconnected: 'Disconnected: reconnecting…',
  reconnecting: 'Reconnecting…',
  refused: 'Key refused',
  'signed-out': 'Signed out',
};

/** The banner: live, or that the figures below may be out of date. */
export function renderConnection(banner: HTMLElement, state: BannerState): void {
  banner.dataset['state'] = state;
  banner.textContent = TEXT[state];
}

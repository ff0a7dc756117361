// Wires the content script: adapter for this page, watcher, reports to the worker, chip, requests.
import browser from '../platform/browser';
import { listenToWorker } from './handle-worker';
import { section, timed } from './perf';
import { describeOpenMessage } from './report';
import { pickAdapter } from './sites/pick';
import type { SiteAdapter } from './sites/types';
import { chipShownFor, isChipDismissed, removeChip, showChip } from './ui/chip';
import { watch } from './watcher';

/** The worker's answer, or null when it could not be reached (it may be restarting; a lost report
 *  is repeated on the next message change). */
function send(msg: unknown): Promise<unknown> {
  return browser.runtime.sendMessage(msg).catch(() => null);
}

const isInvitationReply = (reply: unknown): boolean =>
  typeof reply === 'object' && reply !== null && (reply as { invite?: unknown }).invite === true;

export function startContentScript(): void {
  // The browser harness and the demo wait for this marker.
  document.documentElement.dataset.gracefulDecline = 'loaded';
  const adapter: SiteAdapter = pickAdapter(location);
  listenToWorker(adapter);
  if (adapter.id === 'generic') return;

  let invitationId: string | null = null;
  let openId: string | null = null;
  const placeChip = () => {
    if (!invitationId || chipShownFor(invitationId) || isChipDismissed(invitationId)) return;
    const anchor = adapter.findSubjectAnchor();
    const id = invitationId;
    if (anchor) showChip(anchor, id, () => send({ type: 'chip-activated', messageId: id }));
  };

  watch(adapter, {
    opened: timed(() => {
      const report = describeOpenMessage(adapter);
      if (!report) return false;
      const id = report.message.messageId;
      openId = id;
      invitationId = null;
      removeChip();
      // The worker detects; the chip appears when it answers that this is an invitation, unless
      // another message was opened meanwhile.
      void section('send', () => send(report)).then(
        timed((reply: unknown) => {
          if (openId !== id || !isInvitationReply(reply)) return;
          invitationId = id;
          section('chip', placeChip);
        }),
      );
      return true;
    }),
    closed() {
      invitationId = null;
      openId = null;
      removeChip();
      send({ type: 'message-closed', site: adapter.id, url: location.href.slice(0, 4_000) });
    },
    same: placeChip,
  });
}

// Wires the content script: adapter for this page, watcher, reports to the worker, chip, requests.
import browser from '../platform/browser';
import { listenToWorker } from './handle-worker';
import { section, timed } from './perf';
import { describeOpenMessage } from './report';
import { pickAdapter } from './sites/pick';
import type { SiteAdapter } from './sites/types';
import { chipShownFor, isChipDismissed, removeChip, showChip } from './ui/chip';
import { watch } from './watcher';

function send(msg: unknown): void {
  // The worker may be restarting; a lost report is repeated on the next message change.
  browser.runtime.sendMessage(msg).catch(() => undefined);
}

export function startContentScript(): void {
  // The browser harness and the demo wait for this marker.
  document.documentElement.dataset.gracefulDecline = 'loaded';
  const adapter: SiteAdapter = pickAdapter(location);
  listenToWorker(adapter);
  if (adapter.id === 'generic') return;

  let invitationId: string | null = null;
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
      section('send', () => send(report));
      invitationId = report.detection.invite ? report.message.messageId : null;
      section('chip', () => (invitationId ? placeChip() : removeChip()));
      return true;
    }),
    closed() {
      invitationId = null;
      removeChip();
      send({ type: 'message-closed', site: adapter.id, url: location.href.slice(0, 4_000) });
    },
    same: placeChip,
  });
}

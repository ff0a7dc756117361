// Worker -> content script, with a timeout so nothing hangs: a tab without our content script (not a
// mail page, opened before install, host access revoked) rejects, a stuck page times out.
import type { WorkerToContent } from '../core/messages';
import browser from '../platform/browser';

export type TabReply = { ok: true; reply: unknown } | { ok: false; reason: 'no-content-script' | 'timeout'; detail: string };

export async function sendToTab(tabId: number, msg: WorkerToContent, timeoutMs: number): Promise<TabReply> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<TabReply>((resolve) => {
    timer = setTimeout(() => resolve({ ok: false, reason: 'timeout', detail: `no answer in ${timeoutMs} ms` }), timeoutMs);
  });
  const send = browser.tabs.sendMessage(tabId, msg).then(
    (reply): TabReply => ({ ok: true, reply }),
    (e: unknown): TabReply => ({ ok: false, reason: 'no-content-script', detail: e instanceof Error ? e.message : String(e) }),
  );
  try {
    return await Promise.race([send, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

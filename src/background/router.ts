// One entry for every message the worker receives: checks who sent it and its shape, then dispatches.
// Unknown senders and malformed messages are logged and ignored, never acted on.
import { ContentToWorkerSchema, PageToWorkerSchema, parseMessage } from '../core/messages';
import type { ContentToWorker, PageToWorker } from '../core/messages';
import browser, { type Runtime } from '../platform/browser';

export type ContentHandlers = {
  [K in ContentToWorker['type']]: (msg: Extract<ContentToWorker, { type: K }>, tabId: number, sender: Runtime.MessageSender) => Promise<unknown>;
};
export type PageHandlers = {
  [K in PageToWorker['type']]?: (msg: Extract<PageToWorker, { type: K }>) => Promise<unknown>;
};

// getURL('') is "chrome-extension://<id>/" ("moz-extension://<uuid>/" in Firefox).
const EXTENSION_BASE = () => browser.runtime.getURL('');

/** A sender is trusted when it is this extension: its own pages, or its content script in a tab. */
export function isOwnSender(sender: Runtime.MessageSender): boolean {
  return sender.id === browser.runtime.id;
}

/** The popup and options pages, also when opened in a tab (popup.html?tab=<id>, options in a tab). */
function isExtensionPage(sender: Runtime.MessageSender): boolean {
  return typeof sender.url === 'string' && sender.url.startsWith(EXTENSION_BASE());
}

export function createRouter(content: ContentHandlers, pages: PageHandlers) {
  return (raw: unknown, sender: Runtime.MessageSender): Promise<unknown> | undefined => {
    if (!isOwnSender(sender)) {
      console.warn('Graceful Decline: ignored a message from an unknown sender', sender.id);
      return undefined;
    }
    if (isExtensionPage(sender)) {
      const msg = parseMessage(PageToWorkerSchema, raw);
      if (!msg) return warnMalformed(raw);
      const handler = pages[msg.type] as ((m: PageToWorker) => Promise<unknown>) | undefined;
      if (!handler) return warnMalformed(raw);
      return handler(msg);
    }
    if (sender.tab?.id != null) {
      const msg = parseMessage(ContentToWorkerSchema, raw);
      if (!msg) return warnMalformed(raw);
      const handler = content[msg.type] as (m: ContentToWorker, t: number, s: Runtime.MessageSender) => Promise<unknown>;
      return handler(msg, sender.tab.id, sender);
    }
    console.warn('Graceful Decline: ignored a message from an unexpected context', sender.url);
    return undefined;
  };
}

function warnMalformed(raw: unknown): undefined {
  const type = typeof raw === 'object' && raw !== null && 'type' in raw ? String((raw as { type: unknown }).type) : typeof raw;
  console.warn('Graceful Decline: ignored a malformed message', type.slice(0, 80));
  return undefined;
}

// What every site adapter offers. Only adapters know a webmail's DOM; the rest of the content
// script talks to this interface.
import type { OpenMessage, SiteId } from '../../core/types';

export interface ReplyEditor {
  /** The contenteditable reply body. */
  editor: HTMLElement;
  /** The first node of the quoted history or signature inside the body, if any: the draft goes above it. */
  quoteStart: Node | null;
}

/** One way to put a draft into an editor; returns true when it believes it inserted (verified later). */
export type InsertStrategyName = 'execCommand' | 'paste' | 'range' | 'focused-field';

export interface SiteAdapter {
  id: SiteId;
  /** Cheap: identifies the open message without reading it (null: no message open). */
  openKey(): string | null;
  /** Reads the newest message of the open conversation, or null when none is open. */
  readOpenMessage(): OpenMessage | null;
  /** True on list views (inbox, folders, search results) where nothing must happen. */
  isListView(): boolean;
  /** Where the chip goes: the subject line of the open conversation. */
  findSubjectAnchor(): Element | null;
  /** Opens a reply (not reply-all, not forward) on the message, or finds the one already open. */
  openReply(messageId: string | null, timeoutMs: number): Promise<ReplyEditor | { error: string }>;
  /** Insertion strategies this editor honours, best first. */
  strategies: readonly InsertStrategyName[];
  /** Tell the webmail its draft changed so it saves it (Gmail's autosave listens to keys). */
  signalChange(editor: HTMLElement): void;
}

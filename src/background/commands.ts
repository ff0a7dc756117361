// Keyboard shortcuts. `_execute_action` (open the popup) is handled by the browser itself;
// 'draft-with-defaults' drafts on the active tab the same way as the context menu.
import browser, { type Tabs } from '../platform/browser';
import { draftWithDefaults, type QuickDraftOutcome } from './quick-draft';

export const DRAFT_COMMAND = 'draft-with-defaults';

export async function handleCommand(command: string, tab?: Tabs.Tab): Promise<QuickDraftOutcome | undefined> {
  if (command !== DRAFT_COMMAND) return undefined;
  const target = tab?.id != null ? tab : (await browser.tabs.query({ active: true, currentWindow: true }))[0];
  if (target?.id == null) return undefined;
  return draftWithDefaults(target.id, { via: 'command' });
}

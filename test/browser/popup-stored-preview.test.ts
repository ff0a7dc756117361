// The popup's first preview from storage.session: the worker composes the default form's reply when it
// sees an invitation, and the popup shows it without a round trip, but only while it still matches
// (same tab state, same settings, same form). Otherwise the popup asks the worker as before.
import { describe, expect, it } from 'vitest';
import { GMAIL_THREAD, serveAll } from './content-helpers';
import { clearStoredSettings, setStoredSettings, useHarness } from './harness';
import { previewText } from './popup-helpers';

const h = useHarness({ serve: [serveAll], closePagesAfterEach: true });

type Stored = { fingerprint: string; reply: { draft: { text: string } } } | undefined;

const readStored = (tabId: number) =>
  h.worker.evaluate(async (id) => (await chrome.storage.session.get(`preview:${id}`))[`preview:${id}`] as Stored, tabId);

/** Rewrites the stored text, keeping its fingerprint: shows whether the popup used the stored copy. */
const markStored = (tabId: number, text: string) =>
  h.worker.evaluate(
    async ({ id, text }) => {
      const key = `preview:${id}`;
      const v = (await chrome.storage.session.get(key))[key] as { reply: { draft: { text: string } } };
      v.reply.draft.text = text;
      await chrome.storage.session.set({ [key]: v });
    },
    { id: tabId, text },
  );

describe('popup: the stored first preview', () => {
  it('is composed when the invitation is seen, and is the same reply the worker composes on request', async () => {
    await clearStoredSettings(h);
    const page = await h.open(GMAIL_THREAD);
    const tabId = await h.tabId(page);
    await expect.poll(async () => (await readStored(tabId))?.reply.draft.text ?? '', { timeout: 10_000 }).toContain('Priya');

    let popup = await h.openPopup(tabId);
    const fromStore = await previewText(popup);
    await popup.close();

    // Without the stored copy the popup asks the worker: the same text.
    await h.worker.evaluate((id) => chrome.storage.session.remove(`preview:${id}`), tabId);
    popup = await h.openPopup(tabId);
    expect(await previewText(popup)).toBe(fromStore);
    expect(fromStore).toContain('Larkspur Health');
    // Asking for the default form stored it again for the next open.
    await expect.poll(async () => (await readStored(tabId))?.reply.draft.text.length ?? 0).toBeGreaterThan(0);
  });

  it('is shown at once while it matches, edits still update the preview, and a settings change retires it', async () => {
    await clearStoredSettings(h);
    const page = await h.open(GMAIL_THREAD);
    const tabId = await h.tabId(page);
    await expect.poll(async () => (await readStored(tabId)) !== undefined, { timeout: 10_000 }).toBe(true);
    await markStored(tabId, 'Text from the stored preview');

    let popup = await h.openPopup(tabId);
    expect(await previewText(popup)).toBe('Text from the stored preview');
    // Editing asks the worker for the new form's reply.
    await popup.getByLabel('Company', { exact: true }).fill('Larkspur Health Group');
    expect(await previewText(popup, 'Larkspur Health Group')).toContain('Priya');
    await popup.close();

    // New settings: the stored copy no longer matches, so the popup shows a freshly composed reply.
    await markStored(tabId, 'Text from the stored preview');
    await setStoredSettings(h, { fullName: 'Sam Rivera' });
    popup = await h.openPopup(tabId);
    const text = await previewText(popup, 'Sam Rivera');
    expect(text).not.toContain('Text from the stored preview');
    expect(text).toContain('Larkspur Health');
    await clearStoredSettings(h);
  });

  it('goes away with the tab', async () => {
    const page = await h.open(GMAIL_THREAD);
    const tabId = await h.tabId(page);
    await expect.poll(async () => (await readStored(tabId)) !== undefined, { timeout: 10_000 }).toBe(true);
    await page.close();
    await expect.poll(async () => (await readStored(tabId)) === undefined, { timeout: 10_000 }).toBe(true);
  });
});

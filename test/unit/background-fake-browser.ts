// An in-memory stand-in for the parts of the WebExtension API the worker uses, for unit tests:
// storage areas, tabs.sendMessage with a scriptable content script, action, permissions, menus.
import { vi } from 'vitest';

type Reply = (msg: { type: string } & Record<string, unknown>) => unknown;

export function createFakeBrowser() {
  const areas = { session: new Map<string, unknown>(), sync: new Map<string, unknown>(), local: new Map<string, unknown>() };
  const area = (m: Map<string, unknown>) => ({
    async get(key?: string | string[] | null) {
      const keys = key == null ? [...m.keys()] : Array.isArray(key) ? key : [key];
      return Object.fromEntries(keys.filter((k) => m.has(k)).map((k) => [k, structuredClone(m.get(k))]));
    },
    async set(items: Record<string, unknown>) {
      for (const [k, v] of Object.entries(items)) m.set(k, structuredClone(v));
    },
    async remove(key: string | string[]) {
      for (const k of Array.isArray(key) ? key : [key]) m.delete(k);
    },
  });
  const fake = {
    /** What each tab's content script answers; absent = no content script (sendMessage rejects). */
    contentScripts: new Map<number, Reply>(),
    tabUrls: new Map<number, string>(),
    granted: true,
    badge: new Map<number, { text?: string; title?: string }>(),
    sent: [] as { tabId: number; msg: { type: string } }[],
    menus: [] as Record<string, unknown>[],
    /** action.openPopup refuses (as when no window is focused) unless set to true. */
    canOpenPopup: false,
    windowsCreated: [] as Record<string, unknown>[],
    windows: {
      async create(props: Record<string, unknown>) {
        fake.windowsCreated.push(props);
        return { id: 1 };
      },
    },
    runtime: {
      id: 'ext-id',
      getURL: (p: string) => `chrome-extension://ext-id/${p.replace(/^\//, '')}`,
      /** What the worker answers the popup's runtime.sendMessage (set per test). */
      onPageMessage: (msg: unknown): unknown => (msg as { type?: string })?.type === 'get-tab-state' ? null : undefined,
      async sendMessage(msg: unknown) {
        return fake.runtime.onPageMessage(msg);
      },
      getManifest: () => ({ host_permissions: ['https://mail.google.com/*', 'https://outlook.office.com/*', 'https://outlook.live.com/*'] }),
    },
    storage: {
      session: area(areas.session),
      sync: area(areas.sync),
      local: area(areas.local),
      onChanged: { addListener: vi.fn(), removeListener: vi.fn() },
    },
    tabs: {
      async query() {
        return [{ id: 1 }];
      },
      async sendMessage(tabId: number, msg: { type: string } & Record<string, unknown>) {
        fake.sent.push({ tabId, msg });
        const cs = fake.contentScripts.get(tabId);
        if (!cs) throw new Error('Could not establish connection. Receiving end does not exist.');
        return cs(msg);
      },
      async get(tabId: number) {
        return { id: tabId, url: fake.granted ? fake.tabUrls.get(tabId) : undefined };
      },
    },
    action: {
      async setBadgeText({ tabId, text }: { tabId: number; text: string }) {
        fake.badge.set(tabId, { ...fake.badge.get(tabId), text });
      },
      async setBadgeBackgroundColor() {},
      async openPopup() {
        if (!fake.canOpenPopup) throw new Error('Could not find an active browser window.');
      },
      async setTitle({ tabId, title }: { tabId: number; title: string }) {
        fake.badge.set(tabId, { ...fake.badge.get(tabId), title });
      },
    },
    permissions: {
      async contains() {
        return fake.granted;
      },
      async request() {
        fake.granted = true;
        return true;
      },
    },
    contextMenus: {
      async remove(id: string) {
        const i = fake.menus.findIndex((m) => m.id === id);
        if (i < 0) throw new Error(`Cannot find menu item with id ${id}`);
        fake.menus.splice(i, 1);
      },
      create(props: Record<string, unknown>, cb?: () => void) {
        if (fake.menus.some((m) => m.id === props.id)) throw new Error('duplicate id');
        fake.menus.push(props);
        cb?.();
      },
    },
    areas,
  };
  return fake;
}

export type FakeBrowser = ReturnType<typeof createFakeBrowser>;

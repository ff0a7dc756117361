// An in-memory stand-in for the parts of the WebExtension API the invitation store and reminders
// use: storage (local/sync/session), alarms, notifications, tabs, windows, action.
type Area = Record<string, unknown>;

export interface FakeTab {
  id: number;
  url: string;
  windowId: number;
  active: boolean;
}

export function createFakeBrowser() {
  const areas = { local: {} as Area, sync: {} as Area, session: {} as Area };
  const notifications = new Map<string, { title: string; message: string }>();
  const created: { id: string; title: string; message: string }[] = [];
  const alarms = new Map<string, { name: string; periodInMinutes?: number }>();
  const tabs: FakeTab[] = [];
  const focusedWindows: number[] = [];
  const badge: { global: string; tabs: Map<number, string | null> } = { global: '', tabs: new Map() };
  const listeners = {
    alarm: [] as ((a: { name: string }) => void)[],
    click: [] as ((id: string) => void)[],
    closed: [] as ((id: string, byUser: boolean) => void)[],
    changed: [] as ((c: Record<string, { newValue?: unknown }>, area: string) => void)[],
  };
  const area = (name: keyof typeof areas) => ({
    async get(key?: string | null) {
      const a = areas[name];
      if (key == null) return structuredClone(a);
      return key in a ? { [key]: structuredClone(a[key]) } : {};
    },
    async set(items: Area) {
      Object.assign(areas[name], structuredClone(items));
      const changes = Object.fromEntries(Object.entries(items).map(([k, v]) => [k, { newValue: structuredClone(v) }]));
      for (const l of listeners.changed) l(changes, name);
    },
    async remove(key: string) {
      delete areas[name][key];
    },
  });
  let nextTab = 100;
  const api = {
    storage: {
      local: area('local'),
      sync: area('sync'),
      session: area('session'),
      onChanged: {
        addListener: (l: (typeof listeners.changed)[number]) => listeners.changed.push(l),
        removeListener: () => undefined,
      },
    },
    runtime: { getURL: (p: string) => `chrome-extension://fake/${p.replace(/^\//, '')}` },
    alarms: {
      async get(name: string) {
        return alarms.get(name);
      },
      create(name: string, info: { periodInMinutes?: number }) {
        alarms.set(name, { name, ...info });
      },
      onAlarm: { addListener: (l: (typeof listeners.alarm)[number]) => listeners.alarm.push(l) },
    },
    notifications: {
      async create(id: string, opts: { title: string; message: string }) {
        notifications.set(id, { title: opts.title, message: opts.message });
        created.push({ id, title: opts.title, message: opts.message });
        return id;
      },
      async clear(id: string) {
        return notifications.delete(id);
      },
      async getAll() {
        return Object.fromEntries([...notifications.keys()].map((k) => [k, true]));
      },
      onClicked: { addListener: (l: (typeof listeners.click)[number]) => listeners.click.push(l) },
      onClosed: { addListener: (l: (typeof listeners.closed)[number]) => listeners.closed.push(l) },
    },
    tabs: {
      async query() {
        return tabs.map((t) => ({ ...t }));
      },
      async update(id: number, props: { active?: boolean }) {
        for (const t of tabs) if (t.windowId === tabs.find((x) => x.id === id)?.windowId) t.active = t.id === id && !!props.active;
        return tabs.find((t) => t.id === id);
      },
      async create(props: { url: string }) {
        const tab = { id: nextTab++, url: props.url, windowId: 1, active: true };
        tabs.push(tab);
        return { ...tab };
      },
    },
    windows: {
      async update(id: number) {
        focusedWindows.push(id);
        return { id };
      },
    },
    action: {
      async setBadgeText(d: { tabId?: number; text: string | null }) {
        if (d.tabId == null) badge.global = d.text ?? '';
        else badge.tabs.set(d.tabId, d.text);
      },
      async setBadgeBackgroundColor() {},
      async setTitle() {},
    },
  };
  return { api, areas, notifications, created, alarms, tabs, focusedWindows, badge, listeners };
}

export type FakeBrowser = ReturnType<typeof createFakeBrowser>;

// Derives each browser's manifest from the one top-level manifest.json.
export const FIREFOX_ID = 'graceful-decline@graceful-decline.app';
// 142: data_collection_permissions on Firefox for Android (desktop has it from 140).
export const FIREFOX_MIN_VERSION = '142.0';

export function chromeManifest(base) {
  const m = structuredClone(base);
  m.background = { service_worker: base.background.service_worker };
  delete m.browser_specific_settings;
  return m;
}

export function firefoxManifest(base) {
  const m = structuredClone(base);
  m.background = { scripts: [base.background.service_worker] };
  delete m.minimum_chrome_version;
  m.browser_specific_settings = {
    gecko: {
      id: FIREFOX_ID,
      strict_min_version: FIREFOX_MIN_VERSION,
      data_collection_permissions: { required: ['none'] },
    },
  };
  return m;
}

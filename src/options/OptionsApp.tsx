// The options page: signature, defaults, a live sample reply, sections added by other features, and
// backup / reset. Every change is saved to storage.sync on its own.
import { BackupSection } from './BackupSection';
import { DefaultsSection } from './DefaultsSection';
import { EXTRA_SECTIONS } from './extra-sections';
import { SampleReply } from './SampleReply';
import { SignatureSection } from './SignatureSection';
import { useStoredSettings } from './use-stored-settings';

export function OptionsApp() {
  const { settings, status, update, replace } = useStoredSettings();
  if (!settings) return <p aria-busy="true">Loading…</p>;
  return (
    <main class="options" data-ready="1">
      <header class="options-header">
        <h1>Graceful Decline options</h1>
        <p class="hint">Polite, gratitude-first replies to interview invitations you want to decline. Everything stays in your browser.</p>
        <p class={`notice ${status.kind === 'error' ? 'error' : 'ok'} save-status`} role="status" aria-live="polite" data-testid="save-status" data-kind={status.kind}>
          {status.text}
        </p>
      </header>
      <div class="columns">
        <div>
          <SignatureSection settings={settings} update={update} />
          <DefaultsSection settings={settings} update={update} />
          {EXTRA_SECTIONS.map(({ id, Component }) => (
            <Component key={id} settings={settings} update={update} />
          ))}
          <BackupSection settings={settings} replace={replace} />
        </div>
        <div class="sample-column">
          <SampleReply settings={settings} />
        </div>
      </div>
    </main>
  );
}

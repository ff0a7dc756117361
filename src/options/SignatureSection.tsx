// Name and contact lines: the sign-off of every reply.
import type { Settings } from '../core/settings';
import { TextField } from '../ui/TextField';

export function SignatureSection({ settings, update }: { settings: Settings; update: (p: Partial<Settings>) => void }) {
  return (
    <section class="section" aria-labelledby="signature-heading">
      <h2 id="signature-heading">Your signature</h2>
      <TextField
        id="full-name"
        label="Full name"
        value={settings.fullName}
        maxLength={200}
        autoComplete="name"
        onInput={(fullName) => update({ fullName })}
      />
      <TextField
        id="contact-info"
        label="Contact lines"
        hint="Shown under your name, e.g. phone number or LinkedIn profile. One per line."
        value={settings.contactInfo}
        maxLength={1000}
        multiline
        rows={3}
        onInput={(contactInfo) => update({ contactInfo })}
      />
    </section>
  );
}

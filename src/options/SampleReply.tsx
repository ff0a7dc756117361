// A sample reply to a made-up invitation, updated as the settings change.
import { answersFromSettings } from '../core/default-answers';
import { composeDecline } from '../core/compose/index';
import type { Settings } from '../core/settings';

const SAMPLE_INVITATION = { company: 'Northwind Labs', role: 'Product Designer', contactFirstName: 'Alex', contactName: 'Alex Morgan', lang: 'en' as const, messageId: 'sample' };

export function SampleReply({ settings }: { settings: Settings }) {
  const draft = composeDecline({ invitation: SAMPLE_INVITATION, answers: answersFromSettings(settings), settings });
  return (
    <section class="section" aria-labelledby="sample-heading">
      <h2 id="sample-heading">Sample reply</h2>
      <p class="hint">To an invitation from Alex Morgan at Northwind Labs for a Product Designer role.</p>
      <div class="preview" data-testid="sample">
        {draft.text}
      </div>
    </section>
  );
}

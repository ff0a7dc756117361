// The defaults the popup pre-fills and the context menu and shortcut draft with.
import type { Settings } from '../core/settings';
import type { Lang } from '../core/types';
import { Checkbox } from '../ui/Checkbox';
import { ChoiceGroup } from '../ui/ChoiceGroup';
import { ReasonPicker } from '../ui/ReasonPicker';
import { SelectField } from '../ui/SelectField';
import { LANG_OPTIONS } from '../ui/languages';
import { TONE_CHOICES } from '../popup/DeclineQuestions';

export function DefaultsSection({ settings, update }: { settings: Settings; update: (p: Partial<Settings>) => void }) {
  return (
    <section class="section" aria-labelledby="defaults-heading">
      <h2 id="defaults-heading">Defaults for every reply</h2>
      <p class="hint">The popup starts with these, and "Draft polite decline" in the right-click menu uses them as they are.</p>
      <ChoiceGroup name="default-tone" legend="Tone" choices={TONE_CHOICES} value={settings.defaultTone} onChange={(defaultTone) => update({ defaultTone })} />
      <ReasonPicker
        idPrefix="default-reason"
        legend="Usual reasons for declining"
        selected={settings.defaultReasons}
        onChange={(defaultReasons) => update({ defaultReasons })}
      />
      <Checkbox id="default-mention" label="Mention the reason in the reply" checked={settings.mentionReason} onChange={(mentionReason) => update({ mentionReason })} />
      <Checkbox id="default-door" label="Keep the door open for future roles" checked={settings.keepDoorOpen} onChange={(keepDoorOpen) => update({ keepDoorOpen })} />
      <Checkbox
        id="default-referral"
        label="Offer to refer someone from my network"
        checked={settings.offerReferral}
        onChange={(offerReferral) => update({ offerReferral })}
      />
      <SelectField<'auto' | Lang>
        id="default-language"
        label="Language of the reply"
        value={settings.language}
        options={[{ value: 'auto', label: 'Follow the invitation (English when unsure)' }, ...LANG_OPTIONS.map((o) => ({ value: o.value, label: `Always ${o.label}` }))]}
        onChange={(language) => update({ language })}
      />
    </section>
  );
}

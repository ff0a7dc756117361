// Sections other features add to the options page (issue 7: reminder settings, the record of
// declines). Each gets the settings and the same update function as the built-in sections.
import type { ComponentType } from 'preact';
import type { Settings } from '../core/settings';
import { DeclineRecord } from './DeclineRecord';
import { ReminderSettings } from './ReminderSettings';

export interface OptionsSectionProps {
  settings: Settings;
  update: (patch: Partial<Settings>) => void;
}

export const EXTRA_SECTIONS: { id: string; Component: ComponentType<OptionsSectionProps> }[] = [
  { id: 'reminders', Component: ReminderSettings },
  { id: 'decline-record', Component: DeclineRecord },
];

// Panels other features add below the form (issue 7: the list of pending invitations). Each gets the
// tab the popup works on; an empty list renders nothing.
import type { ComponentType } from 'preact';
import { PendingList } from './PendingList';

export interface PopupPanelProps {
  tabId: number | null;
}

export const EXTRA_PANELS: { id: string; Component: ComponentType<PopupPanelProps> }[] = [{ id: 'pending-invitations', Component: PendingList }];

// The toolbar badge: a mark on tabs that show an interview invitation.
import browser from '../platform/browser';

const BADGE_COLOR = '#2f6f4f';

export async function showInvitationBadge(tabId: number): Promise<void> {
  await browser.action.setBadgeBackgroundColor({ tabId, color: BADGE_COLOR });
  await browser.action.setBadgeText({ tabId, text: '1' });
  await browser.action.setTitle({ tabId, title: 'Graceful Decline: interview invitation detected — draft a polite decline' });
}

export async function clearBadge(tabId: number): Promise<void> {
  await browser.action.setBadgeText({ tabId, text: '' });
  await browser.action.setTitle({ tabId, title: 'Graceful Decline' });
}

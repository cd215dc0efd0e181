/**
 * The one alarm that drives the send queue. Its time is derived from storage (the earliest `nextAttemptAt` of a
 * pending report), so a killed service worker or a browser restart loses nothing: the alarm survives, and if it does
 * not, the background's start-up run recreates it from storage.
 */
import { browser } from 'wxt/browser';

export const SEND_ALARM = 'copycat-guard:send-reports';

/** Ask for a queue run at `when` (ms since epoch). Never throws: without the alarms API the start-up run covers it. */
export async function scheduleSendAlarm(when: number): Promise<void> {
  try {
    await browser.alarms?.create(SEND_ALARM, { when: Math.max(when, Date.now()) });
  } catch {
    // alarms unavailable in this context; the background's start-up run and save handler still process the queue
  }
}

export async function clearSendAlarm(): Promise<void> {
  try {
    await browser.alarms?.clear(SEND_ALARM);
  } catch {
    // nothing to clear
  }
}

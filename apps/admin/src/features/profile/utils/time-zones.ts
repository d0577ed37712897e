export type TimeZoneOption = { value: string; label: string };

/** The UTC offset a zone has at `at`, e.g. `GMT+8`; empty when the browser cannot say. */
function offsetOf(timeZone: string, at: Date): string {
  try {
    const parts = new Intl.DateTimeFormat('en-US', { timeZone, timeZoneName: 'shortOffset' }).formatToParts(
      at,
    );
    const offset = parts.find((part) => part.type === 'timeZoneName')?.value ?? '';
    // ICU versions differ in how they write a zero offset.
    return /^GMT[+-]0$/.test(offset) ? 'GMT' : offset;
  } catch {
    return '';
  }
}

/**
 * The IANA time zones this browser knows, with their current offsets, plus UTC and the user's current
 * zone (kept even when this browser does not list it, so saving the form never changes it by accident).
 */
export function timeZoneOptions(
  current: string,
  zones: readonly string[],
  at = new Date(),
): TimeZoneOption[] {
  const all = [...new Set(['UTC', ...zones, current])].filter(Boolean);
  return all.map((zone) => {
    const offset = offsetOf(zone, at);
    const name = zone.replaceAll('_', ' ');
    return { value: zone, label: offset ? `${name} (${offset})` : name };
  });
}

export function supportedTimeZones(): readonly string[] {
  return typeof Intl.supportedValuesOf === 'function' ? Intl.supportedValuesOf('timeZone') : [];
}

/**
 * ISO 8601 durations for xAPI results. xAPI keeps durations to 0.01 s, so the
 * seconds are rounded to hundredths; days are not used because a day is not
 * always 24 hours in ISO 8601's calendar sense.
 */
export function isoDuration(ms: number): string {
  const centis = Math.max(0, Math.round(ms / 10));
  const hours = Math.floor(centis / 360_000);
  const minutes = Math.floor((centis % 360_000) / 6000);
  const seconds = (centis % 6000) / 100;
  const parts = `${hours ? `${hours}H` : ''}${minutes ? `${minutes}M` : ''}${seconds || (!hours && !minutes) ? `${seconds}S` : ''}`;
  return `PT${parts}`;
}

/** Time between two ISO 8601 timestamps as a duration; 0 when either is unreadable. */
export function durationBetween(from: string, to: string): string {
  const ms = Date.parse(to) - Date.parse(from);
  return isoDuration(Number.isFinite(ms) ? ms : 0);
}

/**
 * An address that came from outside data (a launch link, LMS.LaunchData, the
 * settings) accepted only as an absolute http(s) URL. Anything else, above all
 * `javascript:` (which would run in this origin, where the settings keep an
 * LRS password), `data:`, `blob:`, `file:` or a relative path, is refused.
 *
 * The URL parser decides, not a pattern: it strips the tabs, newlines and
 * leading control characters that browsers also ignore ("java\tscript:"), so
 * the scheme checked is the scheme the browser would follow. Callers use the
 * parsed `href` returned here, never the raw text, so what was checked is
 * exactly what is fetched or navigated to.
 */
export function httpUrl(value: unknown): string | undefined {
  if (typeof value !== 'string' || value.trim() === '') return undefined;
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return undefined;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return undefined;
  return url.hostname ? url.href : undefined;
}

export const isHttpUrl = (value: unknown): value is string => httpUrl(value) !== undefined;

/** A refused address as a notice may quote it: one line, short, so a long data: URL cannot fill the screen. */
export function quotedAddress(value: unknown, max = 60): string {
  const text = (typeof value === 'string' ? value : JSON.stringify(value) ?? String(value)).replace(/\s+/g, ' ').trim();
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

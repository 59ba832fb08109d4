/**
 * A fetched text as the console shows it: JSON (an X-ARF report) indented by two spaces, any
 * other text (a takedown notice) as it came.
 */
export function readableJson(text: string): string {
  try {
    return JSON.stringify(JSON.parse(text), null, 2);
  } catch {
    return text;
  }
}

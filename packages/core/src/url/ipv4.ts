const ipv4Part = /^(?:0x[0-9a-f]*|[0-9]+)$/i;

/**
 * Reads a host as an IPv4 address in any form `inet_aton` accepts (decimal, octal, hex, one to
 * four parts, the last part filling the remaining bytes) and returns it as four decimal parts.
 * Returns `undefined` when the host is not an IPv4 address.
 */
export function normalizeIpv4(host: string): string | undefined {
  const parts = host.split('.');
  if (parts.length > 4 || !parts.every((part) => ipv4Part.test(part))) return undefined;
  const values: number[] = [];
  for (const part of parts) {
    const value = parseIpv4Part(part);
    if (value === undefined) return undefined;
    values.push(value);
  }
  const last = values.pop()!;
  if (values.some((value) => value > 255)) return undefined;
  if (last >= 256 ** (4 - values.length)) return undefined;
  let address = last;
  values.forEach((value, index) => {
    address += value * 256 ** (3 - index);
  });
  return [address >>> 24, (address >>> 16) & 255, (address >>> 8) & 255, address & 255].join('.');
}

function parseIpv4Part(part: string): number | undefined {
  let value: number;
  if (/^0x/i.test(part)) value = part.length === 2 ? 0 : Number.parseInt(part.slice(2), 16);
  else if (part.length > 1 && part.startsWith('0')) {
    if (!/^[0-7]+$/.test(part)) return undefined;
    value = Number.parseInt(part, 8);
  } else value = Number.parseInt(part, 10);
  return Number.isSafeInteger(value) && value <= 0xffffffff ? value : undefined;
}

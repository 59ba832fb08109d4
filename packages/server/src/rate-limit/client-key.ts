import ipaddr from 'ipaddr.js';

/**
 * What a client's rate limits are keyed by: an IPv4 address as it is (IPv4-mapped IPv6
 * addresses included), an IPv6 address by its /64 network, since one host or home line usually
 * holds a whole /64 and could otherwise take a fresh budget for each of its addresses. Anything
 * that is not an address (an adapter of another runtime may pass its own identifier) is used
 * as it is.
 */
export function clientKeyOf(clientAddress: string): string {
  if (!ipaddr.isValid(clientAddress)) return clientAddress;
  const address = ipaddr.process(clientAddress);
  if (address.kind() === 'ipv4') return address.toString();
  const parts = (address as ipaddr.IPv6).parts;
  return `${new ipaddr.IPv6([parts[0]!, parts[1]!, parts[2]!, parts[3]!, 0, 0, 0, 0]).toString()}/64`;
}

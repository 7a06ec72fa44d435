/**
 * A UUID version 7 whose order is the order notifications were made in this process (a
 * counter breaks ties within a millisecond), so a list by (createdAt, id) is newest first
 * even for several made in the same millisecond. Across servers such ties are in no order.
 */
let lastMs = 0;
let sequence = 0;
export function notificationId(now = Date.now()): string {
  const ms = Math.max(now, lastMs);
  sequence = ms === lastMs ? sequence + 1 : 0;
  lastMs = ms;
  if (sequence > 0xfff) {
    lastMs += 1;
    sequence = 0;
  }
  const hex = lastMs.toString(16).padStart(12, "0") + "7" + sequence.toString(16).padStart(3, "0") + crypto.randomUUID().replaceAll("-", "").slice(16);
  const variant = ((parseInt(hex[16]!, 16) & 0x3) | 0x8).toString(16);
  const full = hex.slice(0, 16) + variant + hex.slice(17);
  return `${full.slice(0, 8)}-${full.slice(8, 12)}-${full.slice(12, 16)}-${full.slice(16, 20)}-${full.slice(20, 32)}`;
}

// CRC-32 (IEEE 802.3, reflected, polynomial 0xEDB88320) as used by zip; slicing-by-8 tables.
const T = new Int32Array(2048);
for (let i = 0; i < 256; i++) {
  let c = i;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  T[i] = c;
}
for (let i = 0; i < 256; i++)
  for (let s = 1; s < 8; s++)
    T[s * 256 + i] = (T[(s - 1) * 256 + i]! >>> 8) ^ T[T[(s - 1) * 256 + i]! & 255]!;

/** Continues a CRC-32 (start with 0) over `d`; returns the unsigned value. */
export function crc32(crc: number, d: Uint8Array): number {
  let c = ~crc;
  let i = 0;
  for (const end = d.length - 8; i <= end; i += 8) {
    const a = c ^ (d[i]! | (d[i + 1]! << 8) | (d[i + 2]! << 16) | (d[i + 3]! << 24));
    c =
      T[1792 + (a & 255)]! ^
      T[1536 + ((a >>> 8) & 255)]! ^
      T[1280 + ((a >>> 16) & 255)]! ^
      T[1024 + (a >>> 24)]! ^
      T[768 + d[i + 4]!]! ^
      T[512 + d[i + 5]!]! ^
      T[256 + d[i + 6]!]! ^
      T[d[i + 7]!]!;
  }
  for (; i < d.length; i++) c = T[(c ^ d[i]!) & 255]! ^ (c >>> 8);
  return ~c >>> 0;
}

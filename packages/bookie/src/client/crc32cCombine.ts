/**
 * CRC32C of a concatenation from the CRC32C of its parts: crc32c(a ‖ b) = combine(crc32c(a),
 * crc32c(b), b.length), without reading b (zlib's crc32_combine, for the Castagnoli polynomial).
 * It lets a writer that already verified a chunk's checksum extend a frame checksum over it at the
 * cost of a few hundred integer operations instead of another pass over its bytes.
 */
const POLY = 0x82f63b78; // Castagnoli, reflected

/** a * b modulo the polynomial (bit-reflected, as the CRC registers are). */
function multModP(a: number, b: number): number {
  let m = 0x80000000;
  let p = 0;
  let bb = b >>> 0;
  for (;;) {
    if ((a & m) !== 0) {
      p ^= bb;
      if ((a & (m - 1)) === 0) break;
    }
    m >>>= 1;
    bb = bb & 1 ? (bb >>> 1) ^ POLY : bb >>> 1;
  }
  return p >>> 0;
}

/** X2N[k] = x^(2^k) modulo the polynomial. */
const X2N: number[] = [];
for (let k = 0, p = 0x40000000; k < 32; k++) {
  X2N.push(p);
  p = multModP(p, p);
}

/** x^(n * 2^k) modulo the polynomial. */
function x2nModP(n: number, k: number): number {
  let p = 0x80000000; // x^0
  let rest = n;
  let bit = k;
  while (rest > 0) {
    if (rest % 2 === 1) p = multModP(X2N[bit & 31] as number, p);
    rest = Math.floor(rest / 2);
    bit++;
  }
  return p;
}

/** CRC32C of A ‖ B, given crcA = CRC32C(A), crcB = CRC32C(B) and B's length in bytes. */
export function crc32cCombine(crcA: number, crcB: number, lengthB: number): number {
  return (multModP(x2nModP(lengthB, 3), crcA >>> 0) ^ crcB) >>> 0;
}

/**
 * Pieces for writing protobuf messages by hand on hot paths (publish requests, deliveries), byte
 * for byte as protobufjs writes them. Numbers are non-negative safe integers; a writer that meets
 * anything else falls back to protobufjs.
 */

/** Bytes of n as a protobuf varint. */
export function varintSize(n: number): number {
  let size = 1;
  for (let rest = n; rest >= 0x80; rest = Math.floor(rest / 128)) size++;
  return size;
}

/** Writes n as a protobuf varint at start; returns the position after it. */
export function writeVarint(buf: Buffer, start: number, n: number): number {
  let pos = start;
  let rest = n;
  while (rest >= 0x80) {
    buf[pos++] = (rest % 128) | 0x80;
    rest = Math.floor(rest / 128);
  }
  buf[pos++] = rest;
  return pos;
}

type Count = number | null | undefined;

/** A uint64 field as protobufjs writes it (proto3: zero is skipped). */
export function uint64FieldSize(value: Count): number {
  const n = value ?? 0;
  return n === 0 ? 0 : 1 + varintSize(n);
}

export function writeUint64Field(buf: Buffer, pos: number, tag: number, value: Count): number {
  const n = value ?? 0;
  if (n === 0) return pos;
  buf[pos] = tag;
  return writeVarint(buf, pos + 1, n);
}

/** protobufjs writes uint32 (and non-negative enum) fields as `value >>> 0` and skips zeros. */
export function uint32FieldSize(value: Count): number {
  const n = (value ?? 0) >>> 0;
  return n === 0 ? 0 : 1 + varintSize(n);
}

export function writeUint32Field(buf: Buffer, pos: number, tag: number, value: Count): number {
  const n = (value ?? 0) >>> 0;
  if (n === 0) return pos;
  buf[pos] = tag;
  return writeVarint(buf, pos + 1, n);
}

/** A bytes field as protobufjs writes it (proto3: empty is skipped). */
export function bytesFieldSize(bytes: Uint8Array | null | undefined): number {
  const n = bytes?.length ?? 0;
  return n === 0 ? 0 : 1 + varintSize(n) + n;
}

export function writeBytesField(buf: Buffer, pos: number, tag: number, bytes: Uint8Array | null | undefined): number {
  if (bytes == null || bytes.length === 0) return pos;
  buf[pos] = tag;
  const start = writeVarint(buf, pos + 1, bytes.length);
  buf.set(bytes, start);
  return start + bytes.length;
}

/** Unset, or a non-negative safe integer (not a Long). */
export function isCount(value: unknown): boolean {
  return value == null || (typeof value === 'number' && Number.isSafeInteger(value) && value >= 0);
}

/** Whether every set field of `message` is one the hand writer knows. */
export function hasOnlyFields(message: object, fields: ReadonlySet<string>): boolean {
  for (const name in message) {
    if (Object.hasOwn(message, name) && !fields.has(name) && (message as Record<string, unknown>)[name] != null) {
      return false;
    }
  }
  return true;
}

/** protobufjs and Buffer write lone surrogates differently: strings with any go through protobufjs. */
export function writesLikeProtobufjs(text: string | null | undefined): boolean {
  return text == null || !/[\uD800-\uDFFF]/.test(text);
}

export function asBuffer(bytes: Uint8Array): Buffer {
  return Buffer.isBuffer(bytes) ? bytes : Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}

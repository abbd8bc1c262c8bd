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

/** A string field: tag, length, UTF-8 bytes. Written whatever the value; the caller decides presence. */
export function stringFieldSize(text: string): number {
  const n = Buffer.byteLength(text, 'utf8');
  return 1 + varintSize(n) + n;
}

export function writeStringField(buf: Buffer, pos: number, tag: number, text: string): number {
  buf[pos] = tag;
  const start = writeVarint(buf, pos + 1, Buffer.byteLength(text, 'utf8'));
  return start + buf.write(text, start, 'utf8');
}

/** Writes one embedded message at pos; returns the position after it. */
export type MessageWriter<T> = (buf: Buffer, pos: number, message: T) => number;

/** Bytes of a repeated message field whose messages have these sizes. */
export function messagesFieldSize(sizes: readonly number[]): number {
  let size = 0;
  for (const n of sizes) size += 1 + varintSize(n) + n;
  return size;
}

/** Writes `messages` (of `sizes` bytes each) as a repeated message field; returns the position after it. */
export function writeMessagesField<T>(
  buf: Buffer,
  pos: number,
  tag: number,
  messages: readonly T[],
  sizes: readonly number[],
  write: MessageWriter<T>,
): number {
  let at = pos;
  for (let i = 0; i < messages.length; i++) {
    buf[at] = tag;
    at = writeVarint(buf, at + 1, sizes[i] as number);
    at = write(buf, at, messages[i] as T);
  }
  return at;
}

/**
 * A top-level message whose only field `tag` is a message holding only the repeated field
 * `itemTag` of `items` (the shape of a publish request's batches and a delivery's entries), in one
 * buffer of its exact size.
 */
export function encodeWrappedMessages<T>(
  tag: number,
  itemTag: number,
  items: readonly T[],
  sizeOf: (item: T) => number,
  write: MessageWriter<T>,
): Buffer {
  const sizes = items.map(sizeOf);
  const listSize = messagesFieldSize(sizes);
  const buf = Buffer.allocUnsafe(1 + varintSize(listSize) + listSize);
  buf[0] = tag;
  writeMessagesField(buf, writeVarint(buf, 1, listSize), itemTag, items, sizes, write);
  return buf;
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

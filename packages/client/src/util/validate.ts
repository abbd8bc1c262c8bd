import { BrookError, ErrorCode } from '@brook/protocol';

/** Config checks that name the offending field; every failure is INVALID_CONFIG. */
export function invalidConfig(field: string, why: string): BrookError {
  return new BrookError(ErrorCode.InvalidConfig, `${field}: ${why}`);
}

export function objectInput(input: unknown, what: string): Record<string, unknown> {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) {
    throw invalidConfig(what, 'expected an object');
  }
  return input as Record<string, unknown>;
}

export function integer(value: unknown, field: string, fallback: number, min: number, max = Number.MAX_SAFE_INTEGER) {
  if (value === undefined) return fallback;
  if (typeof value !== 'number' || !Number.isInteger(value) || value < min || value > max) {
    throw invalidConfig(field, `expected an integer in [${min}, ${max}], got ${JSON.stringify(value)}`);
  }
  return value;
}

export function optionalString(value: unknown, field: string): string | undefined {
  if (value === undefined) return undefined;
  if (typeof value !== 'string') throw invalidConfig(field, 'expected a string');
  return value;
}

/** A topic name must be a string; whether it is a valid name is parseTopicName's call (INVALID_TOPIC_NAME). */
export function topicString(value: unknown, field: string): string {
  if (typeof value !== 'string') throw invalidConfig(field, 'expected a topic name');
  return value;
}

export function requiredString(value: unknown, field: string): string {
  if (typeof value !== 'string' || value.length === 0) throw invalidConfig(field, 'expected a non-empty string');
  return value;
}

export function oneOf<T extends string>(value: unknown, field: string, allowed: readonly T[], fallback: T): T {
  if (value === undefined) return fallback;
  if (typeof value !== 'string' || !(allowed as readonly string[]).includes(value)) {
    throw invalidConfig(field, `expected one of ${allowed.join(', ')}, got ${JSON.stringify(value)}`);
  }
  return value as T;
}

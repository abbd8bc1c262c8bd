import { Metadata, status } from '@grpc/grpc-js';
import { describe, expect, it } from 'vitest';
import { BrookError, ErrorCode, toBrookError, toServiceError } from './errors.js';

describe('errors across the wire', () => {
  it('round-trips every code through a gRPC status', () => {
    for (const code of Object.values(ErrorCode)) {
      const wire = toServiceError(new BrookError(code, `failed with ${code}`));
      const back = toBrookError(Object.assign(new Error('x'), wire));
      expect(back.code).toBe(code);
      expect(back.message).toBe(`failed with ${code}`);
    }
  });

  it('classifies transport failures that carry no Brook code', () => {
    const unavailable = Object.assign(new Error('14 UNAVAILABLE'), {
      code: status.UNAVAILABLE,
      details: 'no connection',
      metadata: new Metadata(),
    });
    expect(toBrookError(unavailable)).toMatchObject({ code: ErrorCode.Unavailable, retriable: true });
    expect(toBrookError(new TypeError('boom')).code).toBe(ErrorCode.Internal);
  });
});

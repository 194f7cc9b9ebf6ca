import { describe, expect, it } from 'vitest';
import { ConcurrencyLimiter } from './concurrencyLimiter';

describe('ConcurrencyLimiter', () => {
  it('lets `maximum` requests in and makes the next wait for a release', async () => {
    const limiter = new ConcurrencyLimiter(2);
    await limiter.acquire();
    await limiter.acquire();
    let third = false;
    const waiting = limiter.acquire().then(() => (third = true));
    await Promise.resolve();
    expect(third).toBe(false);
    limiter.release(false);
    await waiting;
    expect(third).toBe(true);
    expect(limiter.active).toBe(2);
  });

  it('halves the limit on overload (not below 1) and raises it by one after `limit` answers in a row', async () => {
    const limiter = new ConcurrencyLimiter(8);
    const cycle = async (overloaded: boolean) => {
      await limiter.acquire();
      limiter.release(overloaded);
    };
    await cycle(true);
    expect(limiter.limit).toBe(4);
    await cycle(true);
    await cycle(true);
    await cycle(true);
    expect(limiter.limit).toBe(1);
    await cycle(false);
    expect(limiter.limit).toBe(2);
    await cycle(false);
    expect(limiter.limit).toBe(2);
    await cycle(false);
    expect(limiter.limit).toBe(3);
  });

  it('gives up waiting when the signal aborts', async () => {
    const limiter = new ConcurrencyLimiter(1);
    await limiter.acquire();
    const controller = new AbortController();
    const waiting = limiter.acquire(controller.signal);
    controller.abort(new Error('run paused'));
    await expect(waiting).rejects.toThrow('run paused');
    limiter.release(false);
    expect(limiter.active).toBe(0);
  });
});

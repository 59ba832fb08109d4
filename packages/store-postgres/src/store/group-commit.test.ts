import { describe, expect, it } from 'vitest';
import { createGroupCommit } from './group-commit.js';

const databaseError = (code: string) => Object.assign(new Error(`SQLSTATE ${code}`), { code });

describe('createGroupCommit', () => {
  it('runs a lone call at once and groups the calls that arrive meanwhile', async () => {
    const batches: number[][] = [];
    const submit = createGroupCommit<number, number>(
      async (inputs) => {
        batches.push(inputs);
        await new Promise((resolve) => setTimeout(resolve, 5));
        return inputs.map((input) => input * 10);
      },
      { maxConcurrentBatches: 1, maxBatchSize: 3 },
    );
    const results = await Promise.all([1, 2, 3, 4, 5, 6].map(submit));
    expect(results).toEqual([10, 20, 30, 40, 50, 60]);
    expect(batches).toEqual([[1], [2, 3, 4], [5, 6]]);
  });

  it('settles a call only when its batch has finished', async () => {
    let finish: () => void = () => {};
    const submit = createGroupCommit<number, number>(
      (inputs) => new Promise((resolve) => (finish = () => resolve(inputs))),
    );
    let settled = false;
    const pending = submit(1).then(() => (settled = true));
    await new Promise((resolve) => setTimeout(resolve, 5));
    expect(settled).toBe(false);
    finish();
    await pending;
    expect(settled).toBe(true);
  });

  it('runs each input alone after a batch the database rolled back', async () => {
    const calls: number[][] = [];
    const submit = createGroupCommit<number, number>(
      async (inputs) => {
        calls.push(inputs);
        if (inputs.includes(2)) throw databaseError('23505');
        return inputs;
      },
      { maxConcurrentBatches: 1 },
    );
    const results = await Promise.allSettled([1, 2, 3, 4].map(submit));
    expect(results.map((result) => result.status)).toEqual([
      'fulfilled',
      'rejected',
      'fulfilled',
      'fulfilled',
    ]);
    expect(calls).toEqual([[1], [2, 3, 4], [2], [3], [4]]);
  });

  it('retries a lone input after a deadlock', async () => {
    let attempts = 0;
    const submit = createGroupCommit<number, number>(async (inputs) => {
      attempts++;
      if (attempts < 3) throw databaseError('40P01');
      return inputs;
    });
    expect(await submit(7)).toBe(7);
    expect(attempts).toBe(3);
  });

  it('rejects the whole batch when the outcome is unknown (the connection broke)', async () => {
    let calls = 0;
    const submit = createGroupCommit<number, number>(
      async (inputs) => {
        calls++;
        if (inputs.length > 1) throw new Error('Connection terminated unexpectedly');
        await new Promise((resolve) => setTimeout(resolve, 5));
        return inputs;
      },
      { maxConcurrentBatches: 1 },
    );
    const results = await Promise.allSettled([1, 2, 3].map(submit));
    expect(results.map((result) => result.status)).toEqual(['fulfilled', 'rejected', 'rejected']);
    expect(calls).toBe(2);
  });
});

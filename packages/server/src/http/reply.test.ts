import { describe, expect, it } from 'vitest';
import { createReportal } from '../reportal.js';
import { createMemoryStore } from '../store/memory-store.js';
import { discardBody, type Incoming, incomingOf, requestOf } from './incoming.js';
import { readJsonBody } from './read-json-body.js';
import { appendHeader, jsonReply, replyOfResponse, textReply, toResponse } from './reply.js';

const encoder = new TextEncoder();

/** The parts of a POST as the node adapter hands them over: the body already read. */
const parts = (body: string | Uint8Array<ArrayBuffer>): Incoming => ({
  method: 'POST',
  url: 'http://127.0.0.1:8080/v1/reports?locale=es',
  headers: new Headers({ 'content-type': 'application/json' }),
  body: typeof body === 'string' ? encoder.encode(body) : body,
});

describe('replies', () => {
  it('are plain data with lower-case header names', () => {
    const reply = jsonReply({ receipt: 'R' }, { status: 201, headers: { 'X-A': '1' } });
    expect(reply).toEqual({
      status: 201,
      headers: { 'x-a': '1', 'content-type': 'application/json' },
      body: '{"receipt":"R"}',
    });
    appendHeader(reply.headers, 'Vary', 'Origin');
    appendHeader(reply.headers, 'vary', 'Accept');
    expect(reply.headers.vary).toBe('Origin, Accept');
  });

  it('become a web Response in one place, with the same status, headers and body', async () => {
    const response = toResponse(
      textReply('hello', { status: 404, headers: { 'Content-Language': 'es' } }),
    );
    expect(Object.getPrototypeOf(response)).toBe(Response.prototype);
    expect(response.status).toBe(404);
    expect(response.headers.get('Content-Language')).toBe('es');
    expect(await response.text()).toBe('hello');
    expect(toResponse(textReply('ignored', { status: 204 })).body).toBeNull();
  });

  it('come from a Response of a route of your own, keeping its stream', async () => {
    const reply = replyOfResponse(
      new Response('streamed', { status: 202, headers: { 'X-B': '2' } }),
    );
    expect(reply.status).toBe(202);
    expect(reply.headers['x-b']).toBe('2');
    expect(reply.body).toBeInstanceOf(ReadableStream);
    expect(await toResponse(reply).text()).toBe('streamed');
  });
});

describe('request parts', () => {
  it('are read by readJsonBody without a stream, once, with the same limits', async () => {
    const incoming = parts('{"c":[1,2]}');
    const read = await readJsonBody(incoming);
    expect(read.ok && read.value).toEqual({ c: [1, 2] });
    expect(incoming.body).toBeNull();
    expect(await readJsonBody(parts('x'.repeat(11)), 10)).toEqual({
      ok: false,
      problem: 'body_too_large',
    });
    expect(await readJsonBody(parts(new Uint8Array([0x7b, 0xff, 0x7d])))).toEqual({
      ok: false,
      problem: 'invalid_encoding',
    });
  });

  it('read a web Request the same way, through its stream', async () => {
    const request = new Request('http://127.0.0.1/', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{"d":4}',
    });
    const read = await readJsonBody(request);
    expect(read.ok && read.value).toEqual({ d: 4 });
    expect(request.bodyUsed).toBe(true);
  });

  it('become a web Request only when asked, with what is left of the body', async () => {
    const request = requestOf(parts('{"b":2}'));
    expect(Object.getPrototypeOf(request)).toBe(Request.prototype);
    expect(request.headers.get('content-type')).toBe('application/json');
    expect(await request.json()).toEqual({ b: 2 });
    const read = parts('{}');
    await discardBody(read);
    expect(await requestOf(read).text()).toBe('');
    const real = new Request('http://127.0.0.1/', { method: 'POST', body: '{}' });
    await discardBody(incomingOf(real));
    // A real request's stream is cancelled, which also marks it used.
    expect(real.bodyUsed).toBe(true);
  });
});

describe('Reportal.handle and fetch', () => {
  it('answer the same: a reply to adapters, a Response to everyone else', async () => {
    const reportal = createReportal({ portal: 'bz', store: createMemoryStore(), retention: false });
    const fromFetch = await reportal.fetch(new Request('http://127.0.0.1/healthz'));
    expect(Object.getPrototypeOf(fromFetch)).toBe(Response.prototype);
    expect(fromFetch.headers.get('X-Content-Type-Options')).toBe('nosniff');
    const reply = await reportal.handle({
      method: 'GET',
      url: 'http://127.0.0.1/healthz',
      headers: new Headers(),
      body: null,
    });
    expect(reply.headers['x-content-type-options']).toBe('nosniff');
    expect(reply.body).toBe(await fromFetch.text());
    const head = await reportal.handle(new Request('http://127.0.0.1/healthz', { method: 'HEAD' }));
    expect(head.status).toBe(200);
    expect(head.body).toBeNull();
  });
});

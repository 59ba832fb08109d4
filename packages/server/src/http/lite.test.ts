import { describe, expect, it, vi } from 'vitest';
import { createReportal } from '../reportal.js';
import { createMemoryStore } from '../store/memory-store.js';
import {
  discardBody,
  jsonResponse,
  LightResponse,
  lightHandlerOf,
  lightRequest,
  realResponseOf,
  textResponse,
} from './lite.js';
import { readJsonBody } from './read-json-body.js';

const encoder = new TextEncoder();

const post = (body: string, headers: Record<string, string> = {}) =>
  lightRequest({
    method: 'POST',
    url: 'http://127.0.0.1:8080/v1/reports?locale=es',
    headers: new Headers({ 'content-type': 'application/json', ...headers }),
    body: encoder.encode(body),
  });

describe('light requests', () => {
  it('pass for a Request and answer method, URL, headers and body from what they hold', async () => {
    const request = post('{"a":1}', { 'idempotency-key': 'key-of-sixteen-chars' });
    expect(request).toBeInstanceOf(Request);
    expect(request.method).toBe('POST');
    expect(new URL(request.url).searchParams.get('locale')).toBe('es');
    expect(request.headers.get('Idempotency-Key')).toBe('key-of-sixteen-chars');
    expect(request.bodyUsed).toBe(false);
    expect(await request.json()).toEqual({ a: 1 });
    expect(request.bodyUsed).toBe(true);
    await expect(request.text()).rejects.toThrow(TypeError);
  });

  it('stay used once read, even when the real Request is built afterwards', async () => {
    const request = post('{"d":4}');
    await request.text();
    expect(request.signal.aborted).toBe(false);
    expect(request.bodyUsed).toBe(true);
    await expect(request.json()).rejects.toThrow(TypeError);
    const response = jsonResponse({ e: 5 });
    await response.text();
    expect(response.type).toBe('default');
    expect(response.bodyUsed).toBe(true);
    await expect(response.arrayBuffer()).rejects.toThrow(TypeError);
  });

  it('build the real Request for anything else, with the same body', async () => {
    const request = post('{"b":2}');
    expect(request.redirect).toBe('follow');
    expect(request.signal.aborted).toBe(false);
    const copy = request.clone();
    expect(Object.getPrototypeOf(copy)).toBe(Request.prototype);
    expect(await copy.json()).toEqual({ b: 2 });
    expect(await new Response(request.body).text()).toBe('{"b":2}');
  });

  it('are read by readJsonBody without a stream, with the same limits', async () => {
    const read = await readJsonBody(post('{"c":[1,2]}'));
    expect(read.ok && read.value).toEqual({ c: [1, 2] });
    expect(await readJsonBody(post('x'.repeat(11)), 10)).toEqual({
      ok: false,
      problem: 'body_too_large',
    });
    const invalid = lightRequest({
      method: 'POST',
      url: 'http://127.0.0.1/',
      headers: new Headers({ 'content-type': 'application/json' }),
      body: new Uint8Array([0x7b, 0xff, 0x7d]),
    });
    expect(await readJsonBody(invalid)).toEqual({ ok: false, problem: 'invalid_encoding' });
  });

  it('can have their body discarded, after which it is used (as a real one)', async () => {
    const request = post('{}');
    await discardBody(request);
    expect(request.bodyUsed).toBe(true);
    const real = new Request('http://127.0.0.1/', { method: 'POST', body: '{}' });
    await discardBody(real);
    // A real request's stream is cancelled, which also marks it used.
    expect(real.bodyUsed).toBe(true);
  });
});

describe('light responses', () => {
  it('pass for a Response and answer status, headers and body from what they hold', async () => {
    const response = jsonResponse({ receipt: 'R' }, { status: 201, headers: { 'X-A': '1' } });
    expect(response).toBeInstanceOf(Response);
    expect(response.status).toBe(201);
    expect(response.ok).toBe(true);
    expect(response.headers.get('Content-Type')).toBe('application/json');
    expect(response.headers.get('X-A')).toBe('1');
    expect(await response.json()).toEqual({ receipt: 'R' });
    await expect(response.text()).rejects.toThrow(TypeError);
  });

  it('become a real Response with the same status, headers (as changed) and body', async () => {
    const response = textResponse('hello', { status: 404 });
    response.headers.set('Content-Language', 'es');
    const real = realResponseOf(response);
    expect(Object.getPrototypeOf(real)).toBe(Response.prototype);
    expect(real.status).toBe(404);
    expect(real.headers.get('Content-Language')).toBe('es');
    expect(await real.text()).toBe('hello');
    expect(response.type).toBe('default');
  });

  it('hand their parts to the node adapter once, and not after the body was read', async () => {
    const response = textResponse(null, { status: 204 }) as unknown as LightResponse;
    expect(response.takeParts()).toMatchObject({ status: 204, body: null });
    expect(response.takeParts()).toBeUndefined();
    const read = jsonResponse([1]) as unknown as LightResponse;
    await read.text();
    expect(read.takeParts()).toBeUndefined();
  });
});

describe('light objects from another copy of the module (as in the CommonJS build)', () => {
  it('are recognized by their brand and made real', async () => {
    vi.resetModules();
    const copy = await import('./lite.js');
    expect(copy.LightResponse).not.toBe(LightResponse);
    const response = copy.jsonResponse({ from: 'copy' }, { status: 202 });
    const real = realResponseOf(response);
    expect(Object.getPrototypeOf(real)).toBe(Response.prototype);
    expect(real.status).toBe(202);
    expect(await real.json()).toEqual({ from: 'copy' });
    const request = copy.lightRequest({
      method: 'POST',
      url: 'http://127.0.0.1/',
      headers: new Headers({ 'content-type': 'application/json' }),
      body: encoder.encode('[1]'),
    });
    const read = await readJsonBody(request);
    expect(read.ok && read.value).toEqual([1]);
  });
});

describe('Reportal with light answers', () => {
  it('hands real responses out of fetch and light ones to the node adapter', async () => {
    const reportal = createReportal({ portal: 'bz', store: createMemoryStore() });
    const fromFetch = await reportal.fetch(new Request('http://127.0.0.1/healthz'));
    expect(Object.getPrototypeOf(fromFetch)).toBe(Response.prototype);
    expect(fromFetch.headers.get('X-Content-Type-Options')).toBe('nosniff');
    const handler = lightHandlerOf(reportal)!;
    const light = await handler(
      lightRequest({
        method: 'GET',
        url: 'http://127.0.0.1/healthz',
        headers: new Headers(),
        body: null,
      }),
    );
    expect(light).toBeInstanceOf(LightResponse);
    expect(light.headers.get('X-Content-Type-Options')).toBe('nosniff');
    expect(await light.json()).toEqual({ status: 'ok' });
  });
});

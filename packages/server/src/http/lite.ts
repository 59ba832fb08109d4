// Light stand-ins for web `Request` and `Response` on the intake's hot path.
//
// Building an undici `Request` with a body costs about 23 µs and a `Response` about 14 µs on the
// reference machine (each sets up a web stream), more than validating a report. The node adapter
// already holds the whole body in a buffer, and most answers are a short JSON string, so these
// classes keep what they were given (a buffer, a string) and build the real object only when
// something asks for more than that: a stream, a signal, a clone. They inherit from the real
// prototypes, so `instanceof` holds, and every property they do not answer themselves is handed
// to the real object, built once on first use.
//
// Only the node adapter sends light requests, and only the node adapter receives light responses:
// `Reportal.fetch` turns a light response into a real one before returning it.

const realRequest = Symbol('reportal.realRequest');
const realResponse = Symbol('reportal.realResponse');
// Brands by `Symbol.for`, not `instanceof`: the CommonJS build has one copy of this module per
// entry point (`@reportal/server`, `/node`, `/pages`), and each must know the others' objects.
const lightRequestBrand = Symbol.for('reportal.lightRequest');
const lightResponseBrand = Symbol.for('reportal.lightResponse');
const lightHandlerKey = Symbol.for('reportal.lightHandler');

/** Fields of a light request. */
interface LightRequestInit {
  method: string;
  url: string;
  headers: Headers;
  /** The whole body, or null for none. */
  body: Uint8Array<ArrayBuffer> | null;
}

const alreadyRead = () => new TypeError('Body is unusable: Body has already been read');

/**
 * A `Request` whose body is already in memory. `method`, `url`, `headers` and the body readers
 * (`text`, `json`, `arrayBuffer`, `bytes`, `blob`) are answered from what it holds; anything else
 * builds the real `Request` first.
 */
export class LightRequest {
  readonly #init: LightRequestInit;
  #used = false;
  [realRequest]?: Request;

  constructor(init: LightRequestInit) {
    this.#init = init;
  }

  get [lightRequestBrand](): true {
    return true;
  }

  /** The real `Request`, built once (without the body if it was already read here). */
  #real(): Request {
    this[realRequest] ??= new Request(this.#init.url, {
      method: this.#init.method,
      headers: this.#init.headers,
      ...(this.#init.body !== null && !this.#used && { body: this.#init.body }),
    });
    return this[realRequest];
  }

  /** The body as held, once; afterwards (or after the real request was built) undefined. */
  takeBufferedBody(): Uint8Array<ArrayBuffer> | null | undefined {
    if (this[realRequest] !== undefined || this.#used) return undefined;
    this.#used = true;
    return this.#init.body;
  }

  get method(): string {
    return this.#init.method;
  }

  get url(): string {
    return this.#init.url;
  }

  get headers(): Headers {
    return this[realRequest]?.headers ?? this.#init.headers;
  }

  get bodyUsed(): boolean {
    return this.#used || (this[realRequest]?.bodyUsed ?? false);
  }

  #bytes(): Uint8Array<ArrayBuffer> {
    const body = this.takeBufferedBody();
    if (body === undefined) throw alreadyRead();
    return body ?? new Uint8Array(0);
  }

  async text(): Promise<string> {
    if (this[realRequest] && !this.#used) return this[realRequest].text();
    return new TextDecoder().decode(this.#bytes());
  }

  async json(): Promise<unknown> {
    return JSON.parse(await this.text());
  }

  async arrayBuffer(): Promise<ArrayBuffer> {
    if (this[realRequest] && !this.#used) return this[realRequest].arrayBuffer();
    const bytes = this.#bytes();
    return bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength);
  }

  async bytes(): Promise<Uint8Array<ArrayBuffer>> {
    return new Uint8Array(await this.arrayBuffer());
  }

  async blob(): Promise<Blob> {
    if (this[realRequest] && !this.#used) return this[realRequest].blob();
    return new Blob([this.#bytes()], { type: this.#init.headers.get('Content-Type') ?? '' });
  }

  static {
    delegateTo(LightRequest.prototype, Request.prototype, function (this: LightRequest) {
      return this.#real();
    });
  }
}

/** Fields of a light response. */
interface LightResponseInit {
  status: number;
  headers: Headers;
  body: string | null;
}

/**
 * A `Response` with a text body (or none). `status`, `ok`, `headers` and the body readers are
 * answered from what it holds; anything else builds the real `Response` first.
 */
export class LightResponse {
  readonly #init: LightResponseInit;
  #used = false;
  [realResponse]?: Response;

  constructor(body: string | null, init: { status?: number; headers?: HeadersInit } = {}) {
    this.#init = { status: init.status ?? 200, headers: new Headers(init.headers), body };
  }

  get [lightResponseBrand](): true {
    return true;
  }

  /** The real `Response`, built once. */
  #real(): Response {
    this[realResponse] ??= new Response(this.#used ? null : this.#init.body, {
      status: this.#init.status,
      headers: this.#init.headers,
    });
    return this[realResponse];
  }

  /** The real `Response` with the same status, headers and body. */
  toResponse(): Response {
    return this.#real();
  }

  /**
   * What the node adapter writes: status, headers and text body, taken once. Undefined when the
   * real response was built or the body was read.
   */
  takeParts(): LightResponseInit | undefined {
    if (this[realResponse] !== undefined || this.#used) return undefined;
    this.#used = true;
    return this.#init;
  }

  get status(): number {
    return this.#init.status;
  }

  get ok(): boolean {
    return this.#init.status >= 200 && this.#init.status < 300;
  }

  get headers(): Headers {
    return this[realResponse]?.headers ?? this.#init.headers;
  }

  get bodyUsed(): boolean {
    return this.#used || (this[realResponse]?.bodyUsed ?? false);
  }

  async text(): Promise<string> {
    if (this.#used) throw alreadyRead();
    if (this[realResponse]) return this[realResponse].text();
    this.#used = true;
    return this.#init.body ?? '';
  }

  async json(): Promise<unknown> {
    return JSON.parse(await this.text());
  }

  async arrayBuffer(): Promise<ArrayBuffer> {
    if (this[realResponse] && !this.#used) return this[realResponse].arrayBuffer();
    const bytes = new TextEncoder().encode(await this.text());
    return bytes.buffer;
  }

  async bytes(): Promise<Uint8Array<ArrayBuffer>> {
    return new Uint8Array(await this.arrayBuffer());
  }

  static {
    delegateTo(LightResponse.prototype, Response.prototype, function (this: LightResponse) {
      return this.#real();
    });
  }
}

/**
 * Makes `target` inherit from `base` and answers every member of `base` that `target` does not
 * define itself from the real object `real()` returns: getters read it, methods call it.
 */
function delegateTo(target: object, base: object, real: (this: never) => object): void {
  for (const name of Reflect.ownKeys(base)) {
    if (name === 'constructor' || Object.hasOwn(target, name)) continue;
    const descriptor = Object.getOwnPropertyDescriptor(base, name)!;
    if (descriptor.get) {
      Object.defineProperty(target, name, {
        configurable: true,
        get(this: never) {
          return Reflect.get(real.call(this), name);
        },
      });
    } else if (typeof descriptor.value === 'function') {
      Object.defineProperty(target, name, {
        configurable: true,
        writable: true,
        value(this: never, ...args: unknown[]) {
          const object = real.call(this) as Record<PropertyKey, (...args: unknown[]) => unknown>;
          return object[name]!(...args);
        },
      });
    }
  }
  Object.setPrototypeOf(target, base);
}

/** A JSON answer, light: `Response.json` without the web stream. */
export function jsonResponse(
  value: unknown,
  init: { status?: number; headers?: HeadersInit } = {},
): Response {
  const response = new LightResponse(JSON.stringify(value), init);
  if (!response.headers.has('Content-Type'))
    response.headers.set('Content-Type', 'application/json');
  return response as unknown as Response;
}

/** A text answer (or none), light: `new Response(text, init)` without the web stream. */
export function textResponse(
  body: string | null,
  init: { status?: number; headers?: HeadersInit } = {},
): Response {
  return new LightResponse(body, init) as unknown as Response;
}

/** True for a light request (from any copy of this module). */
export function isLightRequest(request: unknown): request is LightRequest {
  return (
    typeof request === 'object' &&
    request !== null &&
    (request as { [lightRequestBrand]?: unknown })[lightRequestBrand] === true
  );
}

/** True for a light response (from any copy of this module). */
export function isLightResponse(response: unknown): response is LightResponse {
  return (
    typeof response === 'object' &&
    response !== null &&
    (response as { [lightResponseBrand]?: unknown })[lightResponseBrand] === true
  );
}

/** The body a light request holds, once; undefined for any other request. */
export function takeBufferedBody(request: Request): Uint8Array<ArrayBuffer> | null | undefined {
  return isLightRequest(request) ? request.takeBufferedBody() : undefined;
}

/** A light request (the node adapter's), typed as the `Request` it stands for. */
export function lightRequest(init: LightRequestInit): Request {
  return new LightRequest(init) as unknown as Request;
}

/** The response to hand to code outside Reportal: a light response made real. */
export function realResponseOf(response: Response): Response {
  return isLightResponse(response) ? response.toResponse() : response;
}

/** Throws away a request's body without building a stream for it. */
export async function discardBody(request: Request): Promise<void> {
  if (isLightRequest(request)) {
    request.takeBufferedBody();
    return;
  }
  await request.body?.cancel().catch(() => {});
}

type LightHandler = (request: Request, context?: { clientAddress?: string }) => Promise<Response>;

/** Records the handler behind a server's `fetch` that may answer with light responses. */
export function setLightHandler(server: object, handler: LightHandler): void {
  Object.defineProperty(server, lightHandlerKey, { value: handler });
}

/** The handler that may answer with light responses, if the server has one. */
export function lightHandlerOf(server: object): LightHandler | undefined {
  const handler = (server as { [lightHandlerKey]?: unknown })[lightHandlerKey];
  return typeof handler === 'function' ? (handler as LightHandler) : undefined;
}

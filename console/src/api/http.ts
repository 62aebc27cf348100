import { config } from '../config';

/** What went wrong, as a page needs to tell it. */
export type ApiErrorKind =
  | 'badRequest'
  | 'unauthorized'
  | 'forbidden'
  | 'notFound'
  | 'conflict'
  /** A business refusal in the seed's own code (seed 002's 6xx-10xx statuses, storedValue.ts): nothing was done. */
  | 'refused'
  | 'server'
  | 'network'
  | 'unexpected';

/** A failed call: the envelope's non-200 code and msg, or the HTTP status when there was no envelope. */
export class ApiError extends Error {
  constructor(
    readonly kind: ApiErrorKind,
    /** The envelope's code, else the HTTP status (0: no answer). */
    readonly code: number,
    /** The server's reason, when it gave one. */
    readonly msg: string | null,
    readonly httpStatus: number,
  ) {
    super(msg ?? `${kind} (${code})`);
    this.name = 'ApiError';
  }
}

export function kindOf(code: number): ApiErrorKind {
  if (code === 400 || code === 422) return 'badRequest';
  if (code === 401) return 'unauthorized';
  if (code === 403) return 'forbidden';
  if (code === 404) return 'notFound';
  if (code === 409) return 'conflict';
  if (code >= 500) return 'server';
  return 'unexpected';
}

/** Seed 000's KOP envelope. */
export interface KopEnvelope<T> {
  code: number;
  msg: string | null;
  data?: T;
}

/** Seed 000's page: data of a paged query. total is absent when the query asked withTotal=false. */
export interface KopPage<T> {
  total?: number;
  pageNo: number;
  pageSize: number;
  result: T[];
}

/** How the client gets a token, and what it does when the API says the token is no longer good. */
export interface ApiAuth {
  /** A current access token (renewed first when it has run out), or undefined when not logged in. */
  token(): Promise<string | undefined>;
  /** Called on a 401: true when a new token was obtained and the call may be repeated once. */
  renew(): Promise<boolean>;
}

let auth: ApiAuth = {
  token: async () => undefined,
  renew: async () => false,
};

export function configureApi(apiAuth: ApiAuth): void {
  auth = apiAuth;
}

export interface RequestOptions {
  signal?: AbortSignal;
  /** Headers of the call besides Accept, Authorization and Content-Type (e.g. seed 002's X-Shop-Id: the till's shop). */
  headers?: Record<string, string>;
}

/** What a call sends: query parameters (GET), a JSON body, or a multipart form. */
export interface RequestBody {
  query?: Record<string, string | number | boolean | null | undefined>;
  json?: unknown;
  form?: FormData;
}

/**
 * Sends a request through the gateway with the bearer token and answers the raw response; a 401 renews the token
 * once and repeats the call. Each seed's client unwraps its own envelope (`unwrap` for seed 000's KOP envelope).
 * Network failures become an ApiError of kind 'network'; an abort stays an AbortError.
 */
export async function call(
  method: 'GET' | 'POST',
  path: string,
  body: RequestBody = {},
  options: RequestOptions = {},
): Promise<Response> {
  let response = await send(method, path, body, options);
  if (response.status === 401 && (await auth.renew())) {
    response = await send(method, path, body, options);
  }
  return response;
}

/** POSTs JSON to a KOP operation through the gateway and returns the envelope's data, or throws an ApiError. */
export async function kopPost<T>(path: string, body: unknown, options: RequestOptions = {}): Promise<T> {
  return unwrap<T>(await call('POST', path, { json: body ?? {} }, options));
}

/** GETs a KOP operation (query parameters, or parameters already in the path) and returns the envelope's data. */
export async function kopGet<T>(path: string, query: RequestBody['query'] = {}, options: RequestOptions = {}): Promise<T> {
  return unwrap<T>(await call('GET', path, { query }, options));
}

/** The path with its query string; parameters that are undefined, null or empty are left out. */
export function withQuery(path: string, query: RequestBody['query'] = {}): string {
  const parameters = new URLSearchParams();
  for (const [name, value] of Object.entries(query)) {
    if (value !== undefined && value !== null && value !== '') parameters.append(name, String(value));
  }
  const text = parameters.toString();
  return text ? `${path}${path.includes('?') ? '&' : '?'}${text}` : path;
}

async function send(method: 'GET' | 'POST', path: string, body: RequestBody, options: RequestOptions): Promise<Response> {
  const headers: Record<string, string> = { Accept: 'application/json', ...options.headers };
  const token = await auth.token();
  if (token) {
    headers.Authorization = `Bearer ${token}`;
  }
  let payload: BodyInit | undefined;
  if (body.form) {
    payload = body.form; // the browser sets the multipart boundary
  } else if (body.json !== undefined) {
    headers['Content-Type'] = 'application/json';
    payload = JSON.stringify(body.json);
  }
  try {
    return await fetch(config.apiBase + withQuery(path, body.query), {
      method,
      headers,
      body: method === 'GET' ? undefined : payload,
      signal: options.signal,
    });
  } catch (error) {
    if (error instanceof DOMException && error.name === 'AbortError') {
      throw error;
    }
    throw new ApiError('network', 0, error instanceof Error ? error.message : null, 0);
  }
}

/** Seed 000's KOP envelope: its data when code is 200, else an ApiError with the code and msg. */
export async function unwrap<T>(response: Response): Promise<T> {
  const text = await response.text();
  let envelope: Partial<KopEnvelope<T>> | undefined;
  try {
    envelope = text ? (JSON.parse(text) as Partial<KopEnvelope<T>>) : undefined;
  } catch {
    envelope = undefined;
  }
  const hasEnvelope = envelope !== undefined && typeof envelope === 'object' && typeof envelope.code === 'number';
  if (hasEnvelope && envelope!.code === 200 && response.ok) {
    return envelope!.data as T;
  }
  const code = hasEnvelope && envelope!.code !== 200 ? envelope!.code! : response.ok ? 0 : response.status;
  const msg = hasEnvelope && typeof envelope!.msg === 'string' ? envelope!.msg : null;
  throw new ApiError(code === 0 ? 'unexpected' : kindOf(code), code, msg, response.status);
}

/** How far an upload got: bytes sent of the request's total (total 0 when the browser cannot tell). */
export interface UploadProgress {
  loaded: number;
  total: number;
}

/**
 * POSTs a multipart form like `call`, with the bearer token and one renewal on a 401, but through XMLHttpRequest so
 * that the upload's progress can be shown (fetch reports none for a request body). Answers the server's reply as a
 * Response, so each seed's client unwraps it as it unwraps `call`'s.
 */
export async function uploadForm(
  path: string,
  form: FormData,
  onProgress: (progress: UploadProgress) => void,
  options: RequestOptions = {},
): Promise<Response> {
  let response = await sendWithProgress(path, form, onProgress, options);
  if (response.status === 401 && (await auth.renew())) {
    response = await sendWithProgress(path, form, onProgress, options);
  }
  return response;
}

async function sendWithProgress(
  path: string,
  form: FormData,
  onProgress: (progress: UploadProgress) => void,
  options: RequestOptions,
): Promise<Response> {
  const token = await auth.token();
  return new Promise<Response>((resolve, reject) => {
    const request = new XMLHttpRequest();
    request.open('POST', config.apiBase + path);
    request.setRequestHeader('Accept', 'application/json');
    for (const [name, value] of Object.entries(options.headers ?? {})) request.setRequestHeader(name, value);
    if (token) request.setRequestHeader('Authorization', `Bearer ${token}`);
    request.upload.onprogress = (event) => onProgress({ loaded: event.loaded, total: event.lengthComputable ? event.total : 0 });
    request.onload = () =>
      resolve(new Response(request.status === 204 ? null : request.responseText, { status: request.status }));
    request.onerror = () => reject(new ApiError('network', 0, null, 0));
    request.onabort = () => reject(new DOMException('The upload was aborted', 'AbortError'));
    options.signal?.addEventListener('abort', () => request.abort(), { once: true });
    request.send(form);
  });
}

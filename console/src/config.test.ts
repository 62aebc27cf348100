// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { config, loadRuntimeConfig } from './config';

const answer = (body: unknown, init: ResponseInit = {}) =>
  (async () => new Response(JSON.stringify(body), { headers: { 'content-type': 'application/json' }, ...init })) as typeof fetch;

describe('runtime configuration (/console/config.json from the gateway)', () => {
  it("takes this environment's issuer and client, without a trailing slash", async () => {
    await loadRuntimeConfig(answer({ issuer: 'https://login.example.com/', clientId: 'console-prod' }));
    expect(config.issuer).toBe('https://login.example.com');
    expect(config.clientId).toBe('console-prod');
  });

  it("keeps the build's values when there is no config.json (the dev server) or it cannot be fetched", async () => {
    config.issuer = 'http://localhost:9000';
    await loadRuntimeConfig(answer({}, { status: 404 }));
    await loadRuntimeConfig((async () => { throw new TypeError('offline'); }) as typeof fetch);
    await loadRuntimeConfig((async () => new Response('<!doctype html>', { headers: { 'content-type': 'text/html' } })) as typeof fetch);
    expect(config.issuer).toBe('http://localhost:9000');
  });
});

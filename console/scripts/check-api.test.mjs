import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { checkDocument } from './check-api.mjs';

const fixture = fileURLToPath(new URL('../test/fixtures/swap-order-service.openapi.json', import.meta.url));
const script = fileURLToPath(new URL('./check-api.mjs', import.meta.url));
const fields = JSON.parse(readFileSync(new URL('../src/api/swapOrderQuery.fields.json', import.meta.url), 'utf8'));
const load = () => JSON.parse(readFileSync(fixture, 'utf8'));

function run(file) {
  try {
    return { status: 0, out: execFileSync(process.execPath, [script, file], { encoding: 'utf8', stdio: 'pipe' }) };
  } catch (error) {
    return { status: error.status, out: String(error.stderr) };
  }
}

describe('check:api', () => {
  it('passes when every field the client uses is in the document', () => {
    expect(checkDocument(load(), fields)).toEqual([]);
    expect(run(fixture).status).toBe(0);
  });

  it('fails, naming the field, when the service renames an order field', () => {
    const doc = load();
    const order = doc.components.schemas.SwapOrderView.properties;
    order.mobile = order.phone;
    delete order.phone;
    expect(checkDocument(doc, fields)).toEqual([
      'swapOrderQuery (POST /api/swap/orders/query): response.data.result[].phone is missing',
    ]);
    const dir = mkdtempSync(join(tmpdir(), 'check-api-'));
    writeFileSync(join(dir, 'renamed.json'), JSON.stringify(doc));
    const result = run(join(dir, 'renamed.json'));
    expect(result.status).toBe(1);
    expect(result.out).toContain('response.data.result[].phone is missing');
  });

  it('checks request fields, nested blocks and the page', () => {
    const doc = load();
    delete doc.components.schemas.SwapOrderQueryRequest.properties.startTimeBefore;
    delete doc.components.schemas.PackageInfo.properties.price;
    delete doc.components.schemas.KopPageSwapOrderView.properties.total;
    expect(checkDocument(doc, fields)).toEqual([
      'swapOrderQuery (POST /api/swap/orders/query): request.startTimeBefore is missing',
      'swapOrderQuery (POST /api/swap/orders/query): response.data.total is missing',
      'swapOrderQuery (POST /api/swap/orders/query): response.data.result[].packageInfo.price is missing',
    ]);
  });

  it('fails when the operation is gone', () => {
    const doc = load();
    doc.paths['/api/swap/orders/query'].post.operationId = 'ordersQuery';
    expect(checkDocument(doc, fields)).toEqual(['operation swapOrderQuery is not in the document']);
  });

  it('without an argument it says how to call it', () => {
    expect(run('').status).not.toBe(0);
  });
});

// npm run check:api -- <swap-order-service OpenAPI JSON file>
// Fails when a field the console's swapOrderQuery client sends or reads (src/api/swapOrderQuery.fields.json) is
// missing from the service's document (springdoc's /v3/api-docs, e.g. saved from
// http://localhost:8080/v3/api-docs/swap-order-service). Every other service's document comes in a later part.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const FIELDS = new URL('../src/api/swapOrderQuery.fields.json', import.meta.url);

function resolve(doc, schema, seen = new Set()) {
  if (!schema) return undefined;
  if (schema.$ref) {
    if (seen.has(schema.$ref)) return undefined;
    seen.add(schema.$ref);
    const path = schema.$ref.replace(/^#\//, '').split('/');
    return resolve(doc, path.reduce((node, key) => node?.[key], doc), seen);
  }
  for (const combinator of ['allOf', 'oneOf', 'anyOf']) {
    if (Array.isArray(schema[combinator])) {
      const merged = { properties: { ...(schema.properties ?? {}) } };
      for (const part of schema[combinator]) {
        Object.assign(merged.properties, resolve(doc, part, seen)?.properties ?? {});
      }
      return merged;
    }
  }
  return schema;
}

function operation(doc, operationId) {
  for (const [path, item] of Object.entries(doc.paths ?? {})) {
    for (const [method, op] of Object.entries(item)) {
      if (op && op.operationId === operationId) return { path, method, op };
    }
  }
  return undefined;
}

function firstContentSchema(content) {
  if (!content) return undefined;
  return (content['application/json'] ?? content['*/*'] ?? Object.values(content)[0])?.schema;
}

/** The problems found: one line per missing field or unreadable schema; empty when the client matches. */
export function checkDocument(doc, fields) {
  const problems = [];
  const found = operation(doc, fields.operationId);
  if (!found) return [`operation ${fields.operationId} is not in the document`];
  const where = `${fields.operationId} (${found.method.toUpperCase()} ${found.path})`;

  const expect = (schema, names, label) => {
    const resolved = resolve(doc, schema);
    if (!resolved?.properties) {
      problems.push(`${where}: no object schema for ${label}`);
      return undefined;
    }
    for (const name of names) {
      if (!(name in resolved.properties)) problems.push(`${where}: ${label}.${name} is missing`);
    }
    return resolved.properties;
  };

  expect(firstContentSchema(found.op.requestBody?.content), fields.request, 'request');
  const envelope = expect(firstContentSchema(found.op.responses?.['200']?.content), fields.envelope, 'response');
  const page = envelope && expect(envelope.data, fields.page, 'response.data');
  const items = page && resolve(doc, page.result);
  const order = items && expect(items.items, fields.order, 'response.data.result[]');
  if (order) {
    for (const block of ['changeDetail', 'operatorInfo', 'packageInfo']) {
      if (order[block]) expect(order[block], fields[block], `response.data.result[].${block}`);
    }
  }
  return problems;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const file = process.argv[2];
  if (!file) {
    console.error('usage: npm run check:api -- <swap-order-service OpenAPI JSON file>');
    process.exit(2);
  }
  const fields = JSON.parse(readFileSync(FIELDS, 'utf8'));
  const problems = checkDocument(JSON.parse(readFileSync(file, 'utf8')), fields);
  if (problems.length) {
    console.error(`check:api: ${file} does not match the console's client:\n  ${problems.join('\n  ')}`);
    process.exit(1);
  }
  console.log(`check:api: ${fields.operationId} matches ${file}`);
}

// The OpenAPI document: a structurally valid OpenAPI 3.1 document (a meta-schema written here from
// the 3.1 specification's rules for the objects we use, plus reference and path-parameter checks),
// every schema in it a valid JSON Schema 2020-12 (compiled by ajv in strict mode), every route the
// app serves documented and nothing else, and every documented (operation, status) pair produced
// by a real request whose body validates against the documented schema.
import { before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { Ajv2020, type ValidateFunction } from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';
import type { Service } from '../service/service.js';
import type { Store } from '../storage/store.js';
import { API_ROUTES } from './app.js';
import { openApiDocument } from './openapi.js';
import { jsonHeaders, READ_TOKEN, seededStore, testApp, WRITE_TOKEN, type TestApp } from './testing.js';

const addFormats = addFormatsModule as unknown as (ajv: Ajv2020) => Ajv2020;

type Obj = Record<string, unknown>;
const doc = openApiDocument() as Obj & { paths: Record<string, Record<string, Obj>>; components: Obj };
const BASE = 'urn:parallax:openapi';
const METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'];

/** OpenAPI 3.1 rules for the objects this API uses (spec §4.8), as JSON Schema. */
const META = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  type: 'object',
  required: ['openapi', 'info'],
  anyOf: [{ required: ['paths'] }, { required: ['components'] }, { required: ['webhooks'] }],
  properties: {
    openapi: { type: 'string', pattern: '^3\\.1\\.\\d+(-.+)?$' },
    jsonSchemaDialect: { type: 'string', format: 'uri' },
    info: {
      type: 'object',
      required: ['title', 'version'],
      properties: {
        title: { type: 'string' }, version: { type: 'string' }, summary: { type: 'string' }, description: { type: 'string' },
        license: { type: 'object', required: ['name'], properties: { name: { type: 'string' }, identifier: { type: 'string' }, url: { type: 'string', format: 'uri' } }, not: { required: ['identifier', 'url'] } },
      },
      patternProperties: { '^x-': true },
      additionalProperties: false,
    },
    servers: { type: 'array', items: { type: 'object', required: ['url'], properties: { url: { type: 'string' } } } },
    security: { type: 'array', items: { $ref: '#/$defs/securityRequirement' } },
    tags: { type: 'array', items: { type: 'object', required: ['name'], properties: { name: { type: 'string' } } } },
    paths: { type: 'object', propertyNames: { pattern: '^/' }, additionalProperties: { $ref: '#/$defs/pathItem' } },
    components: {
      type: 'object',
      properties: {
        schemas: { type: 'object', additionalProperties: { type: ['object', 'boolean'] } },
        responses: { type: 'object', additionalProperties: { $ref: '#/$defs/responseOrRef' } },
        securitySchemes: {
          type: 'object',
          additionalProperties: { type: 'object', required: ['type'], properties: { type: { enum: ['apiKey', 'http', 'mutualTLS', 'oauth2', 'openIdConnect'] } }, if: { properties: { type: { const: 'http' } } }, then: { required: ['scheme'] } },
        },
      },
      propertyNames: { enum: ['schemas', 'responses', 'parameters', 'examples', 'requestBodies', 'headers', 'securitySchemes', 'links', 'callbacks', 'pathItems'] },
      additionalProperties: { type: 'object', propertyNames: { pattern: '^[a-zA-Z0-9._-]+$' } },
    },
  },
  patternProperties: { '^x-': true },
  additionalProperties: false,
  $defs: {
    securityRequirement: { type: 'object', additionalProperties: { type: 'array', items: { type: 'string' } } },
    pathItem: {
      type: 'object',
      properties: {
        ...Object.fromEntries(METHODS.map((m) => [m, { $ref: '#/$defs/operation' }])),
        summary: { type: 'string' },
        description: { type: 'string' },
        parameters: { type: 'array', items: { $ref: '#/$defs/parameter' } },
      },
      patternProperties: { '^x-': true },
      additionalProperties: false,
    },
    operation: {
      type: 'object',
      required: ['responses'],
      properties: {
        operationId: { type: 'string' }, summary: { type: 'string' }, description: { type: 'string' }, tags: { type: 'array', items: { type: 'string' } },
        parameters: { type: 'array', items: { $ref: '#/$defs/parameter' } },
        requestBody: { type: 'object', required: ['content'], properties: { required: { type: 'boolean' }, content: { $ref: '#/$defs/content' } } },
        responses: { type: 'object', minProperties: 1, propertyNames: { pattern: '^([1-5](\\d\\d|XX)|default)$' }, additionalProperties: { $ref: '#/$defs/responseOrRef' } },
        security: { type: 'array', items: { $ref: '#/$defs/securityRequirement' } },
        deprecated: { type: 'boolean' },
      },
      patternProperties: { '^x-': true },
      additionalProperties: false,
    },
    parameter: {
      type: 'object',
      required: ['name', 'in'],
      properties: { name: { type: 'string' }, in: { enum: ['query', 'header', 'path', 'cookie'] }, description: { type: 'string' }, required: { type: 'boolean' }, schema: { type: 'object' } },
      oneOf: [{ required: ['schema'] }, { required: ['content'] }],
      if: { properties: { in: { const: 'path' } } },
      then: { required: ['required'], properties: { required: { const: true } } },
    },
    responseOrRef: {
      oneOf: [
        { type: 'object', required: ['$ref'], properties: { $ref: { type: 'string' } }, additionalProperties: false },
        { type: 'object', required: ['description'], properties: { description: { type: 'string' }, content: { $ref: '#/$defs/content' }, headers: { type: 'object' } }, additionalProperties: false },
      ],
    },
    content: { type: 'object', propertyNames: { pattern: '^[a-z]+/[a-z0-9.+-]+$' }, additionalProperties: { type: 'object', properties: { schema: { type: ['object', 'boolean'] } } } },
  },
};

/** Every "$ref" string in a value. */
function refsIn(value: unknown, out: string[] = []): string[] {
  if (Array.isArray(value)) for (const v of value) refsIn(v, out);
  else if (typeof value === 'object' && value !== null) {
    for (const [k, v] of Object.entries(value)) {
      if (k === '$ref' && typeof v === 'string') out.push(v);
      else refsIn(v, out);
    }
  }
  return out;
}

function pointer(root: unknown, ref: string): unknown {
  return ref.slice(2).split('/').map((p) => p.replaceAll('~1', '/').replaceAll('~0', '~')).reduce<unknown>((node, key) => (typeof node === 'object' && node !== null ? (node as Obj)[key] : undefined), root);
}

const operations = (): { method: string; path: string; op: Obj }[] =>
  Object.entries(doc.paths).flatMap(([path, item]) => METHODS.filter((m) => m in item).map((method) => ({ method, path, op: item[method] as Obj })));

/** ajv with the document's components registered: response schemas compile against them in strict mode. */
function schemaCompiler(): (schema: unknown) => ValidateFunction {
  const ajv = new Ajv2020({ strict: true, allErrors: true, allowUnionTypes: true });
  addFormats(ajv);
  ajv.addVocabulary(['components']);
  ajv.addSchema({ $id: BASE, components: doc.components });
  return (schema) => ajv.compile(JSON.parse(JSON.stringify(schema).replaceAll('"#/components/', `"${BASE}#/components/`)) as object);
}

describe('the OpenAPI document', () => {
  test('is a structurally valid OpenAPI 3.1 document', () => {
    const ajv = new Ajv2020({ strict: true, strictRequired: false, allErrors: true, allowUnionTypes: true });
    addFormats(ajv);
    const validate = ajv.compile(META);
    assert.ok(validate(doc), JSON.stringify(validate.errors, null, 2));
  });

  test('every $ref resolves, operation ids are unique, path templates match path parameters', () => {
    for (const ref of refsIn(doc)) {
      assert.match(ref, /^#\//u, `${ref} is local`);
      assert.notEqual(pointer(doc, ref), undefined, `${ref} resolves`);
    }
    const ids = operations().map((o) => o.op['operationId']);
    assert.equal(new Set(ids).size, ids.length);
    for (const { path, op } of operations()) {
      const templated = [...path.matchAll(/\{(\w+)\}/gu)].map((m) => m[1]).sort();
      const declared = ((op['parameters'] ?? []) as Obj[]).filter((p) => p['in'] === 'path').map((p) => p['name']).sort();
      assert.deepEqual(declared, templated, path);
    }
  });

  test('every schema in it compiles as JSON Schema 2020-12 (ajv strict), the report contract\'s included', () => {
    const compile = schemaCompiler();
    const schemas = doc.components['schemas'] as Obj;
    for (const name of ['event', 'story', 'article', 'rejection']) assert.ok(name in schemas, `report $defs/${name} is in components`);
    for (const name of Object.keys(schemas)) compile({ $ref: `#/components/schemas/${name}` });
    const contentSchemas = (holder: unknown): unknown[] => Object.values(((holder as Obj | undefined)?.['content'] ?? {}) as Obj).map((m) => (m as Obj)['schema']);
    for (const { op } of operations()) {
      for (const p of (op['parameters'] ?? []) as Obj[]) compile(p['schema']);
      for (const schema of contentSchemas(op['requestBody'])) compile(schema);
      for (const r of Object.values(op['responses'] as Obj)) {
        const ref = (r as Obj)['$ref'];
        for (const schema of contentSchemas(typeof ref === 'string' ? pointer(doc, ref) : r)) compile(schema);
      }
    }
  });

  test('documents exactly the API routes the app serves', async () => {
    const { app } = testApp(await seededStore());
    // The API's routes; the web UI mounted at / serves HTML pages and is not part of the API.
    const isApi = (path: string): boolean => path.startsWith('/api/') || path === '/openapi.json';
    const served = [...new Set(app.routes.filter((r) => r.method !== 'ALL' && isApi(r.path)).map((r) => `${r.method} ${r.path.replace(/:(\w+)/gu, '{$1}')}`))].sort();
    const documented = operations().map((o) => `${o.method.toUpperCase()} ${o.path}`).sort();
    assert.deepEqual(served, documented);
    assert.deepEqual(API_ROUTES.map(([m, p]) => `${m.toUpperCase()} ${p}`).sort(), documented);
  });
});

describe('every documented response', () => {
  let t: TestApp;
  /** Apps whose store (and service) fail or hang: for the 500 and 503 responses. */
  let broken: TestApp;
  let slow: TestApp;
  let closed: TestApp;
  let eventId = '';
  let storyId = '';
  let articleId = '';
  let otherArticleId = '';

  const failing = <T extends object>(target: T, fail: () => Promise<never>): T =>
    new Proxy(target, { get: (o, prop) => (typeof Reflect.get(o, prop) === 'function' ? fail : Reflect.get(o, prop) as unknown) });

  before(async () => {
    const seeded = await seededStore();
    t = testApp(seeded);
    const event = (await seeded.store.listEvents({ sort: 'size' })).items[0];
    assert.ok(event);
    eventId = event.id;
    storyId = event.storyId;
    const full = await seeded.store.getEvent(event.id);
    articleId = full?.articleIds[0] ?? '';
    otherArticleId = full?.articleIds[1] ?? '';
    const boom = (): Promise<never> => Promise.reject(new Error('store failure'));
    broken = testApp({ store: failing<Store>(seeded.store, boom), service: failing<Service>(seeded.service, boom) });
    const hang = (): Promise<never> => new Promise(() => undefined);
    slow = testApp({ store: failing<Store>(seeded.store, hang), service: failing<Service>(seeded.service, hang) }, { limits: { requestTimeoutMs: 20 } });
    closed = testApp(seeded, { auth: { writeTokens: [WRITE_TOKEN], readToken: READ_TOKEN }, limits: { maxBodyBytes: 1024 } });
  });

  type Case = { op: string; app: () => TestApp; url: string; init?: RequestInit };

  /** A POST init; token null: no Authorization header. */
  const post = (body: unknown, token: string | null = WRITE_TOKEN, type = 'application/json'): RequestInit => ({
    method: 'POST',
    headers: { ...jsonHeaders(token ?? undefined), 'content-type': type },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });

  function cases(): Case[] {
    const ok = (): TestApp => t;
    const reads: [string, string][] = [
      ['GET /api/events', '/api/events?sort=size&limit=5'],
      ['GET /api/events/{id}', `/api/events/${eventId}`],
      ['GET /api/events/{id}/articles', `/api/events/${eventId}/articles`],
      ['GET /api/stories', '/api/stories'],
      ['GET /api/stories/{id}', `/api/stories/${storyId}`],
      ['GET /api/articles/{id}', `/api/articles/${articleId}`],
      ['GET /api/search', '/api/search?q=strike'],
    ];
    const list: Case[] = [
      { op: 'GET /api/health', app: ok, url: '/api/health' },
      { op: 'GET /api/health', app: () => broken, url: '/api/health' },
      { op: 'GET /openapi.json', app: ok, url: '/openapi.json' },
      { op: 'GET /api/events', app: ok, url: '/api/events?from=2026-02-31' },
      { op: 'GET /api/events/{id}/articles', app: ok, url: `/api/events/${eventId}/articles?offset=x` },
      { op: 'GET /api/stories', app: ok, url: '/api/stories?limit=1000' },
      { op: 'GET /api/search', app: ok, url: '/api/search?q=' },
      { op: 'GET /api/events/{id}', app: ok, url: '/api/events/ev-unknown' },
      { op: 'GET /api/events/{id}/articles', app: ok, url: '/api/events/ev-unknown/articles' },
      { op: 'GET /api/stories/{id}', app: ok, url: '/api/stories/st-unknown' },
      { op: 'GET /api/articles/{id}', app: ok, url: '/api/articles/a-unknown' },
      { op: 'POST /api/ingest', app: ok, url: '/api/ingest', init: post({ articles: [{ title: 'Harbour', body: 'The harbour authority of Marlow opened a second container terminal on Monday, doubling its capacity.' }] }) },
      { op: 'POST /api/ingest', app: ok, url: '/api/ingest', init: post({ articles: 'none' }) },
      { op: 'POST /api/ingest', app: ok, url: '/api/ingest', init: post({}, null) },
      { op: 'POST /api/ingest', app: ok, url: '/api/ingest', init: post({}, READ_TOKEN + 'x') },
      { op: 'POST /api/ingest', app: () => closed, url: '/api/ingest', init: post({ articles: [{ body: 'x'.repeat(2048) }] }) },
      { op: 'POST /api/ingest', app: ok, url: '/api/ingest', init: post('articles', WRITE_TOKEN, 'text/plain') },
      { op: 'POST /api/ingest', app: () => broken, url: '/api/ingest', init: post({ articles: [{ body: 'A short article about the harbour.' }] }) },
      { op: 'POST /api/ingest', app: () => slow, url: '/api/ingest', init: post({ articles: [{ body: 'A short article about the harbour.' }] }) },
      { op: 'POST /api/corrections', app: ok, url: '/api/corrections', init: post({ kind: 'split', articles: [articleId], from: [otherArticleId] }) },
      { op: 'POST /api/corrections', app: ok, url: '/api/corrections', init: post({ kind: 'merge', articles: [articleId] }) },
      { op: 'POST /api/corrections', app: ok, url: '/api/corrections', init: post({}, null) },
      { op: 'POST /api/corrections', app: ok, url: '/api/corrections', init: post({}, 'wrong-token-0123456789') },
      { op: 'POST /api/corrections', app: () => closed, url: '/api/corrections', init: post({ kind: 'merge', articles: Array.from({ length: 100 }, () => articleId) }) },
      { op: 'POST /api/corrections', app: ok, url: '/api/corrections', init: post('{}', WRITE_TOKEN, 'application/x-www-form-urlencoded') },
      { op: 'POST /api/corrections', app: () => broken, url: '/api/corrections', init: post({ kind: 'merge', articles: [articleId, otherArticleId] }) },
      { op: 'POST /api/corrections', app: () => slow, url: '/api/corrections', init: post({ kind: 'merge', articles: [articleId, otherArticleId] }) },
    ];
    for (const [op, url] of reads) {
      list.push({ op, app: ok, url }, { op, app: () => closed, url }, { op, app: () => closed, url, init: { headers: { authorization: 'Bearer not-the-read-token-0000' } } });
      list.push({ op, app: () => broken, url }, { op, app: () => slow, url });
    }
    return list;
  }

  test('is produced by a request, with a body that validates against the documented schema', async () => {
    const compile = schemaCompiler();
    const seen = new Set<string>();
    for (const c of cases()) {
      const [method, path] = c.op.split(' ') as [string, string];
      const op = doc.paths[path]?.[method.toLowerCase()];
      assert.ok(op, `${c.op} is documented`);
      const res = await c.app().app.request(c.url, c.init);
      const status = String(res.status);
      const documented = (op['responses'] as Obj)[status] as Obj | undefined;
      assert.ok(documented, `${c.op} → ${status} (${c.url}) is documented`);
      const response = (typeof documented['$ref'] === 'string' ? pointer(doc, documented['$ref']) : documented) as Obj;
      const schema = ((response['content'] as Obj)['application/json'] as Obj)['schema'];
      const validate = compile(schema);
      const body: unknown = await res.json();
      assert.ok(validate(body), `${c.op} → ${status}: ${JSON.stringify(validate.errors?.slice(0, 3))}`);
      seen.add(`${c.op} ${status}`);
    }
    const all = operations().flatMap(({ method, path, op }) => Object.keys(op['responses'] as Obj).map((s) => `${method.toUpperCase()} ${path} ${s}`));
    assert.deepEqual(all.filter((k) => !seen.has(k)), [], 'documented responses no request produced');
  });
});

// The OpenAPI 3.1 description of the HTTP API, served at /openapi.json. Events, stories, articles
// and rejections use the report contract's own definitions (docs/report.schema.json `$defs`,
// copied into components/schemas with their references rewritten), so the API and the report
// cannot drift apart. src/http/openapi.test.ts checks that every served route is described here
// and that every documented response validates against its schema.
import { readFileSync } from 'node:fs';
import { reportSchemaPath } from '../report/validate.js';
import { HTTP_ERRORS, type HttpErrorCode } from './errors.js';
import { INGEST_FIELDS } from './ingest.js';
import { DEFAULT_LIMITS, DEFAULT_PAGE_LIMIT, MAX_FILTER_CHARS, MAX_OFFSET, MAX_PAGE_LIMIT, MAX_SEARCH_CHARS } from './limits.js';
import { EVENT_SORTS } from './query.js';

export const OPENAPI_VERSION = '3.1.0';
/** Version of the API described (bumped on incompatible changes). */
export const API_VERSION = '1.0.0';

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type JsonObject = { [key: string]: Json };

const SCHEMAS = '#/components/schemas/';
const ref = (name: string): JsonObject => ({ $ref: `${SCHEMAS}${name}` });
const json = (schema: JsonObject): JsonObject => ({ 'application/json': { schema } });
const ok = (description: string, schema: JsonObject): JsonObject => ({ description, content: json(schema) });
const errorRef = (code: HttpErrorCode): JsonObject => ({ $ref: `#/components/responses/${code}` });
const string = { type: 'string' };
const integer = (minimum = 0): JsonObject => ({ type: 'integer', minimum });
const strings = { type: 'array', items: string };
const page = (item: JsonObject): JsonObject => ({
  type: 'object',
  additionalProperties: false,
  required: ['items', 'total', 'limit', 'offset'],
  properties: { items: { type: 'array', items: item }, total: integer(), limit: integer(1), offset: integer() },
});

/** The report schema's `$defs`, with `#/$defs/x` references pointing at components/schemas/x. */
function reportDefinitions(): JsonObject {
  const schema = JSON.parse(readFileSync(reportSchemaPath(), 'utf8')) as { $defs: JsonObject };
  return JSON.parse(JSON.stringify(schema.$defs).replaceAll('"#/$defs/', `"${SCHEMAS}`)) as JsonObject;
}

const articleIdList = { type: 'array', items: ref('articleId') };

/** move / merge / split, as the corrections file has them; with `author` in requests. */
function correctionVariants(author: JsonObject | undefined): Json[] {
  const extra: JsonObject = author === undefined ? {} : { author };
  return [
    { type: 'object', additionalProperties: false, required: ['kind', 'article', 'to'], properties: { kind: { const: 'move' }, article: ref('articleId'), to: ref('articleId'), ...extra } },
    { type: 'object', additionalProperties: false, required: ['kind', 'articles'], properties: { kind: { const: 'merge' }, articles: { ...articleIdList, minItems: 2 }, ...extra } },
    { type: 'object', additionalProperties: false, required: ['kind', 'articles', 'from'], properties: { kind: { const: 'split' }, articles: { ...articleIdList, minItems: 1 }, from: { ...articleIdList, minItems: 1 }, ...extra } },
  ];
}

function apiSchemas(): JsonObject {
  const correctionAuthor = { type: 'string', minLength: 1, maxLength: 200, description: 'who made the correction (free text)' };
  const ids = { type: 'array', items: string };
  return {
    Error: {
      type: 'object',
      additionalProperties: false,
      required: ['error'],
      properties: {
        error: {
          type: 'object',
          additionalProperties: false,
          required: ['code', 'message'],
          properties: { code: { enum: Object.keys(HTTP_ERRORS) }, message: string },
        },
      },
    },
    Health: {
      type: 'object',
      additionalProperties: false,
      required: ['status', 'store', 'articles', 'events'],
      properties: { status: { const: 'ok' }, store: { type: 'string', description: 'store driver' }, articles: integer(), events: integer() },
    },
    EventListItem: {
      type: 'object',
      additionalProperties: false,
      required: ['id', 'storyId', 'title', 'articleCount', 'outlets', 'languages'],
      properties: {
        id: string,
        storyId: string,
        title: string,
        date: ref('isoDate'),
        articleCount: integer(1),
        independentSources: integer(1),
        outlets: strings,
        languages: strings,
        lastPublished: { type: 'string', description: 'latest publication date among the members (ISO 8601)' },
      },
    },
    EventPage: page(ref('EventListItem')),
    ArticlePage: page(ref('article')),
    StoryPage: page(ref('story')),
    StoryDetail: {
      type: 'object',
      additionalProperties: false,
      required: ['story', 'events'],
      properties: { story: ref('story'), events: { type: 'array', items: ref('EventListItem') } },
    },
    StoredArticle: {
      type: 'object',
      additionalProperties: false,
      required: ['article', 'key', 'storedAt'],
      properties: {
        article: ref('article'),
        key: { type: 'string', description: 'identity across versions: the URL when known, else the input (+ item)' },
        storedAt: { type: 'string', format: 'date-time' },
        eventId: { type: 'string', description: 'the event holding the article' },
      },
    },
    SearchHit: {
      type: 'object',
      additionalProperties: false,
      required: ['articleId', 'title', 'snippet'],
      properties: {
        articleId: ref('articleId'),
        eventId: string,
        title: string,
        outlet: string,
        published: string,
        snippet: { type: 'string', description: 'matching passage, matched words between «» (plain text: escape it when rendering)' },
      },
    },
    SearchPage: page(ref('SearchHit')),
    Correction: { description: 'a correction as stored', oneOf: correctionVariants(undefined) },
    CorrectionRequest: {
      description: 'move an article to the event of another, merge the events of these articles, or keep these articles apart from those (articles named by id; event ids are refused)',
      oneOf: correctionVariants(correctionAuthor),
    },
    CorrectionResult: {
      type: 'object',
      additionalProperties: false,
      required: ['stored', 'eventsCreated', 'eventsUpdated', 'eventsDeleted'],
      properties: {
        stored: {
          type: 'object',
          additionalProperties: false,
          required: ['seq', 'correction', 'createdAt'],
          properties: { seq: integer(), correction: ref('Correction'), createdAt: { type: 'string', format: 'date-time' }, author: string },
        },
        eventsCreated: ids,
        eventsUpdated: ids,
        eventsDeleted: ids,
      },
    },
    IngestArticle: {
      type: 'object',
      additionalProperties: false,
      description: 'one article: its text as "body" (plain text, paragraphs separated by a blank line) or "html" (a page or a fragment), and optional metadata',
      properties: Object.fromEntries(INGEST_FIELDS.map((f) => [f, f === 'published' ? { type: 'string', description: 'ISO 8601 date or date-time (RFC 822 accepted)' } : f === 'language' ? { type: 'string', description: 'ISO 639-1 code' } : f === 'id' ? { type: 'string', description: 'your id for the article (identity across versions when there is no url)' } : string])),
      oneOf: [{ required: ['body'], properties: { body: string } }, { required: ['html'], properties: { html: string } }],
    },
    IngestRequest: {
      type: 'object',
      additionalProperties: false,
      required: ['articles'],
      properties: { articles: { type: 'array', minItems: 1, maxItems: DEFAULT_LIMITS.maxIngestArticles, items: ref('IngestArticle') } },
    },
    IngestSummary: {
      type: 'object',
      additionalProperties: false,
      required: ['added', 'unchanged', 'replaced', 'rejected', 'eventsCreated', 'eventsUpdated', 'eventsDeleted', 'storiesChanged'],
      properties: {
        added: integer(),
        unchanged: integer(),
        replaced: integer(),
        rejected: { type: 'array', items: ref('rejection') },
        eventsCreated: ids,
        eventsUpdated: ids,
        eventsDeleted: ids,
        storiesChanged: ids,
      },
    },
  };
}

const limitParam = { name: 'limit', in: 'query', description: `page size (default ${String(DEFAULT_PAGE_LIMIT)})`, schema: { type: 'integer', minimum: 1, maximum: MAX_PAGE_LIMIT, default: DEFAULT_PAGE_LIMIT } };
const offsetParam = { name: 'offset', in: 'query', description: '0-based position of the first item', schema: { type: 'integer', minimum: 0, maximum: MAX_OFFSET, default: 0 } };
const pageParams = [limitParam, offsetParam];
const idParam = (what: string): JsonObject => ({ name: 'id', in: 'path', required: true, description: `${what} id`, schema: { type: 'string', minLength: 1 } });
const filter = (name: string, description: string, schema: JsonObject = { type: 'string', minLength: 1, maxLength: MAX_FILTER_CHARS }): JsonObject => ({ name, in: 'query', description, schema });

const readErrors = (...codes: HttpErrorCode[]): JsonObject =>
  Object.fromEntries([...codes, 'E_UNAUTHORIZED', 'E_FORBIDDEN', 'E_TIMEOUT', 'E_INTERNAL'].map((c) => [String(HTTP_ERRORS[c as HttpErrorCode].status), errorRef(c as HttpErrorCode)]));
const writeErrors = (): JsonObject =>
  Object.fromEntries((['E_BAD_BODY', 'E_UNAUTHORIZED', 'E_FORBIDDEN', 'E_TOO_LARGE', 'E_MEDIA_TYPE', 'E_TIMEOUT', 'E_INTERNAL'] as const).map((c) => [String(HTTP_ERRORS[c].status), errorRef(c)]));

function paths(): JsonObject {
  const open: Json = [];
  return {
    '/api/health': {
      get: { operationId: 'health', summary: 'Is the service up; how much it holds', security: open, tags: ['service'], responses: { '200': ok('up', ref('Health')), '500': errorRef('E_INTERNAL') } },
    },
    '/api/events': {
      get: {
        operationId: 'listEvents',
        summary: 'Events, filtered and paged',
        tags: ['events'],
        parameters: [
          filter('from', 'events dated on or after this day', { type: 'string', format: 'date' }),
          filter('to', 'events dated on or before this day', { type: 'string', format: 'date' }),
          filter('entity', 'a name or alias among the event\'s entities (case and accents ignored)'),
          filter('language', 'ISO 639-1 language of at least one member article', { type: 'string', pattern: '^[A-Za-z]{2,3}$' }),
          filter('outlet', 'outlet of at least one member article'),
          filter('story', 'story id'),
          filter('sort', 'order: most recent first, or most articles first', { enum: [...EVENT_SORTS] }),
          ...pageParams,
        ],
        responses: { '200': ok('a page of events', ref('EventPage')), ...readErrors('E_BAD_QUERY') },
      },
    },
    '/api/events/{id}': {
      get: { operationId: 'getEvent', summary: 'One event, whole (as in the report)', tags: ['events'], parameters: [idParam('event')], responses: { '200': ok('the event', ref('event')), ...readErrors('E_NOT_FOUND') } },
    },
    '/api/events/{id}/articles': {
      get: {
        operationId: 'listEventArticles',
        summary: 'The member articles of an event, in event order, with cleaned text and removed lines',
        tags: ['events'],
        parameters: [idParam('event'), ...pageParams],
        responses: { '200': ok('a page of articles', ref('ArticlePage')), ...readErrors('E_BAD_QUERY', 'E_NOT_FOUND') },
      },
    },
    '/api/stories': {
      get: { operationId: 'listStories', summary: 'Stories (related events over weeks), paged', tags: ['stories'], parameters: pageParams, responses: { '200': ok('a page of stories', ref('StoryPage')), ...readErrors('E_BAD_QUERY') } },
    },
    '/api/stories/{id}': {
      get: { operationId: 'getStory', summary: 'One story with its events', tags: ['stories'], parameters: [idParam('story')], responses: { '200': ok('the story', ref('StoryDetail')), ...readErrors('E_NOT_FOUND') } },
    },
    '/api/articles/{id}': {
      get: {
        operationId: 'getArticle',
        summary: 'One article: cleaned text, every removed line with its reason, extraction, its event',
        tags: ['articles'],
        parameters: [idParam('article')],
        responses: { '200': ok('the article', ref('StoredArticle')), ...readErrors('E_NOT_FOUND') },
      },
    },
    '/api/search': {
      get: {
        operationId: 'search',
        summary: 'Full-text search over the articles',
        tags: ['articles'],
        parameters: [{ name: 'q', in: 'query', required: true, description: 'words to search for', schema: { type: 'string', minLength: 1, maxLength: MAX_SEARCH_CHARS } }, ...pageParams],
        responses: { '200': ok('a page of hits', ref('SearchPage')), ...readErrors('E_BAD_QUERY') },
      },
    },
    '/api/corrections': {
      post: {
        operationId: 'correct',
        summary: 'Store a correction to the grouping and regroup the events it touches',
        tags: ['corrections'],
        security: [{ bearerAuth: [] }],
        requestBody: { required: true, content: json(ref('CorrectionRequest')) },
        responses: { '201': ok('stored and applied', ref('CorrectionResult')), ...writeErrors(), '400': { description: 'malformed body or correction, or unknown article ids', content: json(ref('Error')) } },
      },
    },
    '/api/ingest': {
      post: {
        operationId: 'ingest',
        summary: 'Analyse articles and merge them into the store (only the events they touch are recomputed)',
        tags: ['ingest'],
        security: [{ bearerAuth: [] }],
        requestBody: { required: true, content: json(ref('IngestRequest')) },
        responses: { '200': ok('what changed; inputs that could not be analysed are in "rejected"', ref('IngestSummary')), ...writeErrors() },
      },
    },
    '/openapi.json': {
      get: { operationId: 'openapi', summary: 'This document', security: open, tags: ['service'], responses: { '200': ok('the OpenAPI 3.1 document', { type: 'object', required: ['openapi', 'info', 'paths'], properties: { openapi: { type: 'string' }, info: { type: 'object' }, paths: { type: 'object' } } }) } },
    },
  };
}

/** The whole document (a fresh object on each call; the app builds it once). */
export function openApiDocument(): JsonObject {
  const responses = Object.fromEntries(
    (Object.keys(HTTP_ERRORS) as HttpErrorCode[]).map((code) => [code, { description: HTTP_ERRORS[code].meaning, content: json(ref('Error')) }]),
  );
  return {
    openapi: OPENAPI_VERSION,
    jsonSchemaDialect: 'https://json-schema.org/draft/2020-12/schema',
    info: {
      title: 'Parallax',
      version: API_VERSION,
      summary: 'Multi-source news event engine: events, stories and articles as JSON',
      description:
        'Reads are open unless the server was started with a read token; writes (POST) need `Authorization: Bearer <write token>`. ' +
        `Bodies are JSON, at most ${String(DEFAULT_LIMITS.maxBodyBytes)} bytes by default. Errors are \`{ "error": { "code", "message" } }\`. ` +
        'Events, stories and articles have the shapes of the report contract (report.schema.json).',
      license: { name: 'MIT', identifier: 'MIT' },
    },
    servers: [{ url: '/' }],
    security: [{}, { bearerAuth: [] }],
    tags: ['events', 'stories', 'articles', 'corrections', 'ingest', 'service'].map((name) => ({ name })),
    paths: paths(),
    components: {
      securitySchemes: { bearerAuth: { type: 'http', scheme: 'bearer', description: 'the write token (or, when reads are closed, the read token)' } },
      schemas: { ...reportDefinitions(), ...apiSchemas() },
      responses,
    },
  };
}

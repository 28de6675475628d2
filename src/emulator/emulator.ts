import { createHash, randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { bodyProblems } from '../poweroffice/resources/checks.js';
import type { FieldMap } from '../poweroffice/resources/fields.js';
import {
  allResources,
  parentKeyOf,
  parentVariants,
  resourceNamed,
} from '../poweroffice/resources/registry.js';
import {
  actionAnswer,
  type ResourceSpec,
  type RowType,
  variantOf,
} from '../poweroffice/resources/resource.js';
import { ACTION_RULES, actionBody, DOWNLOAD_RULES, READ_RULES, SUBLIST_RULES } from './actions.js';
import { adminRoute } from './admin.js';
import { indexHint } from './hint.js';
import { signJwt, type TokenClaims, verifyJwt } from './jwt.js';
import { subListRule } from './ledger.js';
import { compileQuery, ODataError, runQuery } from './odata/index.js';
import { createPrng, type Prng, subSeed } from './prng.js';
import { REPORTS, readReportParams } from './reports.js';
import {
  cascade,
  checkDelete,
  idKey,
  type RuleContext,
  save,
  tableOf,
  type Validation,
} from './rules.js';
import { Refusal } from './rules-vouchers.js';
import { generateSeed } from './seed.js';
import { Store } from './store.js';
import type {
  EmulatorClient,
  EmulatorKnobs,
  EmulatorOptions,
  EmulatorStats,
  FaultKind,
  RecordedRequest,
} from './types.js';
import { DAY_MS, isGuid, project, type Row } from './wire.js';

/** Fixed demo credentials the emulator accepts by default (not PowerOffice's). */
export const DEMO_APPLICATION_KEY = '5f0c7a3e-2b1d-4c8e-9a6f-0d3e4b5c6a71';
export const DEMO_CLIENT_KEY = 'c1a2b3c4-d5e6-47f8-8a9b-0c1d2e3f4a5b';

const DEFAULT_KNOBS: EmulatorKnobs = {
  latency: { fixedMs: 0, jitterMs: 0 },
  faults: { rate: 0, kinds: ['500', '503', 'reset', 'hang'], hangMs: 30_000 },
  replicaLagMs: 0,
  tokenLifetimeSeconds: 1200,
  rateLimit: { perSecond: 50, burst: 50 },
  unknownId: 'notFound404',
  sendDelayMs: 1_000,
};

const JSON_TYPE = 'application/json; charset=utf-8';
/**
 * The hidden property holding the integration that created a row of a resource shown only to
 * its creator (`visibleTo: 'integration'`, accounting.md §5); never serialised (not declared).
 */
const OWNER = '__integration';
const MAX_BODY = 10 * 1024 * 1024;
/** Request-log entries kept (about 200 bytes each); older ones are dropped in halves. */
const LOG_LIMIT = 1_000_000;

type Kind = RecordedRequest['kind'];

interface Route {
  readonly method: string;
  /** Lower-cased literal segments; null = a parameter (`{parentId}` or the id). */
  readonly segments: ReadonlyArray<string | null>;
  readonly literals: number;
  readonly kind: Kind;
  readonly spec: ResourceSpec;
  /** The action's or sub-list's name (`send`, `notes`) for those kinds. */
  readonly name?: string;
  /**
   * Placeholder names by segment, null for literals, built once: a read's or download's (`key`,
   * `id`, `page`), or a report variant's path parameters.
   */
  readonly placeholders?: ReadonlyArray<string | null>;
}

interface Params {
  parentId?: string;
  id?: string;
  /** `{page}` of a paged download (1-based). */
  page?: string;
}

/** A path's placeholder names by segment index (`{id}` → `id`), null for literal segments. */
function placeholdersOf(path: string): (string | null)[] {
  return path
    .split('/')
    .filter((s) => s !== '')
    .map((s) => /^\{(\w+)\}$/.exec(s)?.[1] ?? null);
}

class HttpError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

function splitPath(path: string): (string | null)[] {
  return path
    .split('/')
    .filter((s) => s !== '')
    .map((s) => (s.startsWith('{') ? null : s.toLowerCase()));
}

function buildRoutes(specs: readonly ResourceSpec[]): Route[] {
  const routes: Route[] = [];
  const add = (
    method: string,
    segments: (string | null)[],
    kind: Kind,
    spec: ResourceSpec,
    name?: string,
    placeholders?: (string | null)[],
  ) =>
    routes.push({
      method,
      segments,
      literals: segments.filter((s) => s !== null).length,
      kind,
      spec,
      ...(name !== undefined ? { name } : {}),
      ...(placeholders ? { placeholders } : {}),
    });
  // A sub-resource under several parents gets its routes once per parent path (variants).
  for (const spec of specs.flatMap((s) => parentVariants(s))) {
    const base = splitPath(spec.path);
    if (spec.operations.list) add('GET', splitPath(spec.listPath), 'list', spec);
    // A report's further routes (resource.ts `variants`): same rows, parameters in the path.
    for (const name of Object.keys(spec.variants ?? {})) {
      const variant = variantOf(spec, name);
      add(
        'GET',
        splitPath(variant.listPath),
        'list',
        variant,
        undefined,
        placeholdersOf(variant.listPath),
      );
    }
    // A singleton is read and updated at its path itself (`GET /Client`, `POST /Client`).
    if (spec.operations.get) add('GET', spec.singleton ? base : [...base, null], 'get', spec);
    if (spec.operations.save) add('POST', base, 'save', spec);
    if (spec.operations.delete) add('DELETE', [...base, null], 'delete', spec);
    addActionRoutes(spec, add);
  }
  // More literal segments win: `/OutgoingInvoice/List` is the list, not the invoice "List".
  return routes.sort((a, b) => b.literals - a.literals);
}

/** The routes of a resource's declared actions and sub-lists (resource.ts, issue 8). */
function addActionRoutes(
  spec: ResourceSpec,
  add: (
    method: string,
    segments: (string | null)[],
    kind: Kind,
    s: ResourceSpec,
    n: string,
    placeholders?: (string | null)[],
  ) => void,
): void {
  for (const [name, action] of Object.entries(spec.actions ?? {})) {
    add('POST', splitPath(action.path), 'action', spec, name);
  }
  for (const [name, sub] of Object.entries(spec.subLists ?? {})) {
    add('GET', splitPath(sub.path), 'sublist', spec, name);
  }
  for (const [name, read] of Object.entries(spec.reads ?? {})) {
    add('GET', splitPath(read.path), 'read', spec, name, placeholdersOf(read.path));
  }
  for (const [name, download] of Object.entries(spec.downloads ?? {})) {
    add('GET', splitPath(download.path), 'download', spec, name, placeholdersOf(download.path));
  }
}

function fingerprint(value: string, label: string): string {
  return createHash('sha256').update(`${label}:${value.toLowerCase()}`).digest('hex');
}

/** The token's `goIntegrationRef` of an application key: who an integration is. */
function integrationRef(applicationKey: string): string {
  return fingerprint(applicationKey, 'app').slice(0, 16);
}

function guidFrom(hex: string): string {
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-a${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

function readBody(req: IncomingMessage, limit: number): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) {
        reject(new HttpError(413, 'The request body is too large.'));
        req.resume();
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

/** Fault kinds that let the write happen and then spoil its answer. */
type AfterFault = Extract<FaultKind, 'drop-after' | 'late' | '500-after'>;
const AFTER_KINDS: ReadonlySet<FaultKind> = new Set(['drop-after', 'late', '500-after']);

/**
 * One emulator instance: HTTP server, data, knobs, request log. `index.ts` wraps it in the
 * public `EmulatorHandle`.
 */
export class Emulator {
  readonly store = new Store();
  readonly log: RecordedRequest[] = [];
  readonly clients: ReadonlyArray<Required<EmulatorClient>>;
  knobs: EmulatorKnobs;
  /** How long the last seeding took (ms). */
  seedMs = 0;

  private readonly specs = allResources;
  private readonly routes = buildRoutes(allResources);
  private readonly secret = randomBytes(32);
  private readonly buckets = new Map<string, { tokens: number; last: number }>();
  private readonly latencyPrng: Prng;
  private readonly faultPrng: Prng;
  private readonly idPrng: Prng;
  private readonly serialized = new Map<FieldMap, WeakMap<Row, string>>();
  private readonly serializedNames = new Map<FieldMap, WeakMap<Row, string>>();
  private readonly hanging = new Set<{ timer: NodeJS.Timeout; req: IncomingMessage }>();
  /** Pending asynchronous work of actions (SendInvoice delivery); cleared on close and re-seed. */
  private readonly pending = new Set<NodeJS.Timeout>();
  private readonly server: Server;
  private errorSeq = 0;
  private totals: EmulatorStats = { total: 0, byResource: {}, byStatus: {} };

  constructor(private readonly options: EmulatorOptions) {
    const {
      host: _h,
      port: _p,
      seed: _s,
      scale: _sc,
      anchorDate: _a,
      clients: _c,
      ...knobs
    } = options;
    this.knobs = DEFAULT_KNOBS;
    this.configure(knobs);
    const seed = options.seed ?? 1;
    this.latencyPrng = createPrng(subSeed(seed, 'latency'));
    this.faultPrng = createPrng(subSeed(seed, 'faults'));
    this.idPrng = createPrng(subSeed(seed, 'ids'));
    const every = allPrivileges(allResources);
    this.clients = (
      options.clients ?? [{ applicationKey: DEMO_APPLICATION_KEY, clientKey: DEMO_CLIENT_KEY }]
    ).map((c) => ({ ...c, privileges: c.privileges ?? every }));
    this.loadSeed();
    this.server = createServer((req, res) => {
      void this.handle(req, res);
    });
    this.server.keepAliveTimeout = 5_000;
  }

  listen(host: string, port: number): Promise<string> {
    return new Promise((resolve, reject) => {
      this.server.once('error', reject);
      this.server.listen(port, host, () => {
        const addr = this.server.address() as AddressInfo;
        const h = addr.family === 'IPv6' ? `[${addr.address}]` : addr.address;
        resolve(`http://${h}:${addr.port}`);
      });
    });
  }

  async close(): Promise<void> {
    for (const h of this.hanging) {
      clearTimeout(h.timer);
      h.req.socket.destroy();
    }
    this.hanging.clear();
    this.cancelPending();
    await new Promise<void>((resolve) => {
      this.server.close(() => resolve());
      this.server.closeAllConnections();
    });
  }

  loadSeed(): void {
    const started = performance.now();
    const anchor = this.options.anchorDate
      ? Date.parse(`${this.options.anchorDate.slice(0, 10)}T00:00:00Z`)
      : Math.floor(Date.now() / DAY_MS) * DAY_MS;
    const data = generateSeed({
      seed: this.options.seed ?? 1,
      scale: this.options.scale ?? 'demo',
      anchorMs: Number.isNaN(anchor) ? Date.now() : anchor,
      agriculture: this.options.agricultureClient === true,
    });
    this.cancelPending();
    this.store.clear();
    this.putSeed(data.tables, data.next);
    for (const group of data.deferred ?? []) {
      this.store.defer(group.tables, () => {
        const built = group.build();
        this.putSeed(built.tables, built.next);
      });
    }
    this.serialized.clear();
    this.serializedNames.clear();
    this.seedMs = performance.now() - started;
  }

  /** Puts seeded rows into their tables and sets each table's next id past them. */
  private putSeed(tables: Record<string, Row[]>, next: Record<string, number>): void {
    for (const [name, rows] of Object.entries(tables)) {
      const table = this.store.table(name);
      const keyField = this.specs.find((s) => s.name === name)?.nodeKey ?? 'id';
      let max = 0;
      // Seeded rows may hold `undefined` for absent optional fields; every reader treats that
      // as absent, and copying 100 000 invoices to drop the keys would double the seeding time.
      // Seeded rows of a resource shown only to its creator belong to the first client's
      // integration (the demo keys), so the sandbox shows them.
      const owned = this.specs.find((s) => s.name === name)?.visibleTo === 'integration';
      const owner = owned ? integrationRef(this.clients[0]?.applicationKey ?? '') : undefined;
      for (const row of rows) {
        if (owner !== undefined) row[OWNER] ??= owner;
        table.put(idKey(row[keyField]), row);
        if (typeof row.id === 'number' && row.id > max) max = row.id;
      }
      table.nextId = max + 1;
    }
    for (const [name, n] of Object.entries(next)) this.store.table(name).nextId = n;
  }

  /** Merges knobs (nested objects key by key); undefined values leave a knob as it is. */
  configure(given: Partial<EmulatorKnobs>): void {
    const knobs = Object.fromEntries(
      Object.entries(given).filter(([, v]) => v !== undefined),
    ) as Partial<EmulatorKnobs>;
    const k = this.knobs;
    this.knobs = {
      ...k,
      ...knobs,
      latency: { ...k.latency, ...knobs.latency },
      faults: { ...k.faults, ...knobs.faults },
      rateLimit:
        knobs.rateLimit === undefined
          ? k.rateLimit
          : knobs.rateLimit === false
            ? false
            : { ...(k.rateLimit || DEFAULT_KNOBS.rateLimit), ...knobs.rateLimit },
    };
    this.store.lagMs = this.knobs.replicaLagMs;
    if (knobs.debtCollectionActive !== undefined) {
      this.store.debtCollectionActive = knobs.debtCollectionActive;
    }
    if (knobs.rateLimit !== undefined) this.buckets.clear();
  }

  resetLog(): void {
    this.log.length = 0;
    this.totals = { total: 0, byResource: {}, byStatus: {} };
    this.buckets.clear();
  }

  /**
   * Appends to the log and the running totals. The log keeps the latest LOG_LIMIT entries (a
   * benchmark can send millions of calls); the totals behind `stats()` stay exact.
   */
  private record(rec: RecordedRequest): void {
    this.log.push(rec);
    if (this.log.length > LOG_LIMIT) this.log.splice(0, this.log.length - LOG_LIMIT / 2);
    const t = this.totals;
    t.total++;
    t.byResource[rec.resource] = (t.byResource[rec.resource] ?? 0) + 1;
    t.byStatus[rec.status] = (t.byStatus[rec.status] ?? 0) + 1;
  }

  rows(resource: string): readonly Row[] {
    const spec = this.specs.find((s) => s.name.toLowerCase() === resource.toLowerCase());
    return this.store.table(spec ? tableOf(spec) : resource).all();
  }

  stats(): EmulatorStats {
    const t = this.totals;
    return { total: t.total, byResource: { ...t.byResource }, byStatus: { ...t.byStatus } };
  }

  /** A signed token for `client` (default: the first configured one). */
  issueToken(
    opts: {
      privileges?: string[];
      lifetimeSeconds?: number;
      client?: Required<EmulatorClient>;
      subscriptions?: readonly string[];
    } = {},
  ): string {
    const client = opts.client ?? (this.clients[0] as Required<EmulatorClient>);
    const now = Math.floor(Date.now() / 1000);
    const active = opts.subscriptions ?? this.knobs.subscriptions ?? ALL_SUBSCRIPTIONS;
    const claims: TokenClaims = {
      iss: 'poweroffice-emulator',
      aud: 'poweroffice-go-api',
      jti: this.idPrng.guid(),
      iat: now,
      nbf: now,
      exp: now + (opts.lifetimeSeconds ?? this.knobs.tokenLifetimeSeconds),
      goClientId: guidFrom(fingerprint(client.clientKey, 'client')),
      goClientName: 'Emulert Demo AS',
      goUserId: guidFrom(fingerprint(client.clientKey, 'user')),
      goActiveClientSubscriptions: [...active],
      goInvalidPrivileges: blockedPrivileges(this.specs, active),
      role: opts.privileges ?? client.privileges,
      goIntegrationRef: integrationRef(client.applicationKey),
    };
    return signJwt(claims, this.secret);
  }

  // -------------------------------------------------------------------------------------------

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const at = Date.now();
    const started = performance.now();
    // Concatenate rather than resolve, so that `//Customer` stays a path and not a host.
    const raw = req.url ?? '/';
    const url = new URL(raw.startsWith('/') ? `http://emulator.invalid${raw}` : raw);
    const segments = url.pathname.split('/').filter((s) => s !== '');
    const lower = segments.map((s) => s.toLowerCase());
    if (lower[0] === '__emulator') {
      await this.admin(req, res, url, lower);
      return;
    }
    const rec: RecordedRequest = {
      method: req.method ?? 'GET',
      path: url.pathname,
      query: url.search.slice(1),
      resource: '',
      kind: 'other',
      status: 0,
      ms: 0,
      at,
    };
    let recorded = false;
    const record = () => {
      if (recorded) return;
      recorded = true;
      rec.ms = performance.now() - started;
      this.record(rec);
    };
    res.on('finish', record);
    res.on('close', record);
    try {
      await this.delay();
      if (lower.length === 2 && lower[0] === 'oauth' && lower[1] === 'token') {
        rec.resource = 'OAuth';
        rec.kind = 'token';
        await this.token(req, res, rec);
      } else {
        await this.api(req, res, url, segments, lower, rec);
      }
    } catch (e) {
      if (res.headersSent || res.destroyed) return;
      if (e instanceof HttpError) this.fail(res, rec, e.status, { summary: e.message });
      else this.fail(res, rec, 500, { summary: 'Internal emulator error.' });
    }
  }

  private async delay(): Promise<void> {
    const { fixedMs, jitterMs } = this.knobs.latency;
    const ms = fixedMs + (jitterMs > 0 ? this.latencyPrng.next() * jitterMs : 0);
    if (ms > 0) await sleep(ms);
  }

  private send(
    res: ServerResponse,
    rec: RecordedRequest,
    status: number,
    body: string,
    headers: Record<string, string> = {},
  ): void {
    rec.status = status;
    res.writeHead(status, {
      'content-type': JSON_TYPE,
      'content-length': Buffer.byteLength(body),
      ...headers,
    });
    res.end(body);
  }

  /** `success:false` with a `validation` object (reference A4). */
  private fail(
    res: ServerResponse,
    rec: RecordedRequest,
    status: number,
    validation: Validation,
    headers?: Record<string, string>,
  ): void {
    const body = {
      success: false,
      validation: { errorLogReference: this.logReference(), ...validation },
    };
    this.send(res, rec, status, JSON.stringify(body), headers);
  }

  private logReference(): string {
    const d = new Date();
    const p = (n: number) => String(n).padStart(2, '0');
    const stamp = `${p(d.getUTCMonth() + 1)}${p(d.getUTCDate())}${p(d.getUTCHours())}${p(d.getUTCMinutes())}${p(d.getUTCSeconds())}`;
    return `${(++this.errorSeq).toString(36).padStart(4, '0')}${Math.floor(this.idPrng.next() * 36 ** 7).toString(36)}-${stamp}`;
  }

  private async token(req: IncomingMessage, res: ServerResponse, rec: RecordedRequest) {
    const oauthError = (status: number, error: string, headers: Record<string, string> = {}) =>
      this.send(res, rec, status, JSON.stringify({ error }), {
        'cache-control': 'no-store',
        ...headers,
      });
    if (req.method !== 'POST') return oauthError(405, 'invalid_request', { allow: 'POST' });
    const form = new URLSearchParams(await readBody(req, 64 * 1024));
    const creds = parseBasic(req.headers.authorization) ?? {
      applicationKey: form.get('client_id') ?? '',
      clientKey: form.get('client_secret') ?? '',
    };
    const client = this.clients.find(
      (c) =>
        c.applicationKey.toLowerCase() === creds.applicationKey.toLowerCase() &&
        c.clientKey.toLowerCase() === creds.clientKey.toLowerCase(),
    );
    if (!client || creds.applicationKey === '') return oauthError(400, 'invalid_client');
    const grant = form.get('grant_type');
    if (grant === null) return oauthError(400, 'invalid_request');
    if (grant !== 'client_credentials') return oauthError(400, 'unsupported_grant_type');
    const lifetime = this.knobs.tokenLifetimeSeconds;
    const body = {
      access_token: this.issueToken({ client, lifetimeSeconds: lifetime }),
      token_type: 'bearer',
      expires_in: lifetime,
    };
    this.send(res, rec, 200, JSON.stringify(body), {
      'content-type': 'application/json;charset=UTF-8',
      'cache-control': 'no-store',
    });
  }

  /** The route for a method and lower-cased path, or the methods the path allows (for 405). */
  private match(method: string, lower: string[]): { route?: Route; allow: string[] } {
    const allow: string[] = [];
    // Routes are sorted by literal segments, most first; once a path matched with n literals,
    // routes with fewer do not apply: `/OutgoingInvoice/SendInvoice` is never an invoice id.
    let literals = -1;
    for (const route of this.routes) {
      if (route.segments.length !== lower.length) continue;
      if (!route.segments.every((s, i) => s === null || s === lower[i])) continue;
      if (literals >= 0 && route.literals < literals) break;
      literals = route.literals;
      if (route.method === method) return { route, allow };
      allow.push(route.method);
    }
    return { allow };
  }

  private async api(
    req: IncomingMessage,
    res: ServerResponse,
    url: URL,
    segments: string[],
    lower: string[],
    rec: RecordedRequest,
  ): Promise<void> {
    const method = (req.method ?? 'GET').toUpperCase();
    const { route, allow } = this.match(method, lower);
    if (!route) {
      if (allow.length > 0) {
        return this.fail(
          res,
          rec,
          405,
          { summary: 'The method is not allowed on this path.' },
          {
            allow: [...new Set(allow)].join(', '),
          },
        );
      }
      return this.fail(res, rec, 404, { summary: 'No such API path.' });
    }
    const spec = route.spec;
    rec.resource = spec.name;
    rec.kind = route.kind;
    const params: Params = {};
    const placeholders = route.placeholders ?? [];
    route.segments.forEach((s, i) => {
      if (s !== null) return;
      const value = decodeSegment(segments[i] as string);
      const named = placeholders[i];
      if (named === 'page') {
        params.page = value;
        return;
      }
      if (
        named === 'key' ||
        (named === 'id' && (route.kind === 'read' || route.kind === 'download'))
      ) {
        params.id = value;
        return;
      }
      // A sub-list's one parameter is its parent's key wherever it sits in the path
      // (`/ContactGroup/{name}/customers`, reference B4).
      if (
        route.kind === 'sublist' ||
        (i === route.segments.length - 1 &&
          route.kind !== 'list' &&
          route.kind !== 'save' &&
          route.kind !== 'action')
      ) {
        params.id = value;
      } else params.parentId = value;
    });

    // An anonymous action (onboarding, reference A2) is answered without a token.
    if (route.kind === 'action' && spec.actions?.[route.name ?? '']?.anonymous) {
      const faulted = await this.fault(req, res, rec, method, true);
      if (faulted === true) return;
      return this.action(req, res, rec, route, '', Date.now(), faulted || undefined);
    }
    // Bearer token (401), throttle (429), privilege (403), in that order.
    const auth = req.headers.authorization ?? '';
    const m = /^Bearer\s+(\S+)\s*$/i.exec(auth);
    if (!m) return this.unauthorized(res, rec, 'A bearer token is required.');
    const verified = verifyJwt(m[1] as string, this.secret, Date.now() / 1000);
    if (!verified.ok) {
      const why = { malformed: 'malformed', signature: 'invalid', expired: 'expired' }[
        verified.reason
      ];
      return this.unauthorized(res, rec, `The bearer token is ${why}.`);
    }
    const claims = verified.claims;
    const wait = this.throttle(claims.goIntegrationRef);
    if (wait > 0) {
      return this.fail(
        res,
        rec,
        429,
        { summary: 'Too many requests: at most 50 per second per integration.' },
        {
          'retry-after': String(wait),
        },
      );
    }
    const write = route.kind === 'save' || route.kind === 'delete' || route.kind === 'action';
    const needed = privilegeOf(route, write);
    const roles = new Set(claims.role);
    if (!roles.has(needed) && !(roles.has(`${needed}_Full`) && !write)) {
      return this.fail(res, rec, 403, {
        summary: `Unauthorized access: the integration lacks the privilege ${needed}.`,
      });
    }
    // A privilege the client's subscriptions do not include is blocked whatever the role says
    // (accounting reference §0: time tracking without the Time subscription answers 403).
    const invalid = new Set(claims.goInvalidPrivileges ?? []);
    const base = needed.replace(/_Full$/, '');
    if (invalid.has(base) || invalid.has(`${base}_Full`)) {
      return this.fail(res, rec, 403, {
        summary: `Unauthorized access: the client's subscriptions do not include ${base}_Full${spec.subscription ? ` (the ${spec.subscription} subscription)` : ''}.`,
      });
    }
    const faulted = await this.fault(req, res, rec, method, write);
    if (faulted === true) return;
    const after = faulted === false ? undefined : faulted;

    const now = Date.now();
    // Rows of a resource shown only to its creator are filtered by the caller's integration.
    const owner = spec.visibleTo === 'integration' ? claims.goIntegrationRef : undefined;
    let parent: Row | undefined;
    if (spec.parent) {
      const parentSpec = this.specs.find((s) => s.name === spec.parent?.resource);
      const key = parseId(parentSpec?.idKind ?? 'long', params.parentId ?? '');
      const view = this.store.view(spec.parent.resource, now);
      parent =
        key === undefined
          ? undefined
          : write
            ? this.store.table(spec.parent.resource).get(key)
            : view.get(key);
      if (!parent)
        return this.notFound(res, rec, `${spec.parent.resource} ${params.parentId ?? ''}`);
    }
    switch (route.kind) {
      case 'list': {
        // A report variant's path parameters join its query parameters (resource.ts).
        const query = new URLSearchParams(url.searchParams);
        route.placeholders?.forEach((name, i) => {
          if (name !== null) query.set(name, decodeSegment(segments[i] as string));
        });
        return this.list(res, rec, spec, query, parent, now, owner);
      }
      case 'get':
        return this.get(res, rec, spec, params.id ?? '', parent, now, owner);
      case 'save':
        return this.save(req, res, rec, spec, parent, now, after, owner);
      case 'delete':
        return this.remove(req, res, rec, spec, params.id ?? '', parent, now, after, owner);
      case 'action':
        return this.action(req, res, rec, route, claims.goUserId, now, after);
      case 'sublist':
        return this.subList(res, rec, route, params.id ?? '', url.searchParams, now);
      case 'read':
        return this.read(res, rec, route, params.id, now);
      case 'download':
        return this.download(res, rec, route, params.id ?? '', params.page, now);
      default:
        return this.fail(res, rec, 404, { summary: 'No such API path.' });
    }
  }

  private unauthorized(res: ServerResponse, rec: RecordedRequest, why: string): void {
    this.fail(
      res,
      rec,
      401,
      { summary: `Authorization has been denied for this request. ${why}` },
      {
        'www-authenticate': 'Bearer error="invalid_token"',
      },
    );
  }

  private notFound(res: ServerResponse, rec: RecordedRequest, what: string): void {
    const status = this.knobs.unknownId === 'notFound404' ? 404 : 200;
    this.fail(res, rec, status, { summary: `${what} was not found.` });
  }

  /** Seconds to wait before the next call is allowed; 0 when this call may proceed. */
  private throttle(ref: string): number {
    const limit = this.knobs.rateLimit;
    if (!limit) return 0;
    const now = performance.now();
    const burst = Math.max(1, limit.burst);
    const bucket = this.buckets.get(ref) ?? { tokens: burst, last: now };
    bucket.tokens = Math.min(burst, bucket.tokens + ((now - bucket.last) / 1000) * limit.perSecond);
    bucket.last = now;
    this.buckets.set(ref, bucket);
    if (bucket.tokens >= 1) {
      bucket.tokens -= 1;
      return 0;
    }
    // Reference A7: wait at least one second.
    return Math.max(1, Math.ceil((1 - bucket.tokens) / limit.perSecond));
  }

  /**
   * Injects a configured fault: true when the request was consumed by it, an after-kind when a
   * write is to be applied and its answer spoilt (GETs draw no after-kind), false otherwise.
   */
  private async fault(
    req: IncomingMessage,
    res: ServerResponse,
    rec: RecordedRequest,
    method: string,
    write: boolean,
  ): Promise<boolean | AfterFault> {
    const { rate, kinds, hangMs, methods } = this.knobs.faults;
    if (rate <= 0 || kinds.length === 0) return false;
    if (methods && !methods.includes(method as 'GET')) return false;
    const usable = write ? kinds : kinds.filter((k) => !AFTER_KINDS.has(k));
    if (usable.length === 0 || !this.faultPrng.chance(rate)) return false;
    const kind = this.faultPrng.pick(usable);
    if (AFTER_KINDS.has(kind)) return kind as AfterFault;
    if (kind === '500') {
      this.fail(res, rec, 500, { summary: 'Injected fault: internal server error.' });
    } else if (kind === '503') {
      this.fail(
        res,
        rec,
        503,
        { summary: 'Injected fault: service unavailable.' },
        { 'retry-after': '1' },
      );
    } else if (kind === '401') {
      this.unauthorized(res, rec, 'Injected fault: the bearer token is expired.');
    } else if (kind === '429') {
      this.fail(
        res,
        rec,
        429,
        { summary: 'Injected fault: too many requests.' },
        { 'retry-after': '1' },
      );
    } else if (kind === 'reset') {
      rec.status = 0;
      req.socket.resetAndDestroy();
    } else {
      rec.status = 0;
      await this.hold(req, hangMs);
      req.socket.destroy();
    }
    return true;
  }

  /** Waits `ms` (or until the client goes away); released by `close()`. */
  private hold(req: IncomingMessage, ms: number): Promise<void> {
    return new Promise<void>((resolve) => {
      const entry = {
        req,
        timer: setTimeout(() => {
          this.hanging.delete(entry);
          resolve();
        }, ms),
      };
      this.hanging.add(entry);
      req.socket.once('close', () => {
        clearTimeout(entry.timer);
        this.hanging.delete(entry);
        resolve();
      });
    });
  }

  /** The answer of an applied write, spoilt as `after` says (see `FaultKind`). */
  private async answerWrite(
    req: IncomingMessage,
    res: ServerResponse,
    rec: RecordedRequest,
    body: string,
    after: AfterFault | undefined,
  ): Promise<void> {
    if (after === 'drop-after') {
      rec.status = 0;
      req.socket.resetAndDestroy();
      return;
    }
    if (after === '500-after') {
      this.fail(res, rec, 500, { summary: 'Injected fault: internal server error.' });
      return;
    }
    if (after === 'late') {
      await this.hold(req, this.knobs.faults.lateMs ?? 1_000);
      if (res.destroyed || req.socket.destroyed) {
        rec.status = 0;
        return;
      }
    }
    this.send(res, rec, 200, body);
  }

  /**
   * A rejected save: the envelope, or with `validationForm: 'problemDetails'` the 2025–26
   * backend's ProblemDetails inside `data` (only for plain field validation; unique
   * constraints and other business errors keep the envelope).
   */
  private rejectSave(res: ServerResponse, rec: RecordedRequest, validation: Validation): void {
    if (
      this.knobs.validationForm !== 'problemDetails' ||
      validation.exception !== undefined ||
      !validation.fields
    ) {
      this.fail(res, rec, 200, validation);
      return;
    }
    const errors: Record<string, string[]> = {};
    for (const [path, message] of Object.entries(validation.fields)) {
      errors[pascalPath(path)] = [message];
    }
    const data = {
      type: 'https://tools.ietf.org/html/rfc9110#section-15.5.1',
      title: 'One or more validation errors occurred.',
      status: 400,
      errors,
      traceId: `00-${this.logReference()}-00`,
    };
    this.send(res, rec, 200, JSON.stringify({ data, success: true }));
  }

  /** A row's JSON under a field map; cached per row object (rows are never mutated). */
  private json(fields: FieldMap, row: Row): string {
    const names = this.knobs.enumsAs === 'names';
    const caches = names ? this.serializedNames : this.serialized;
    let cache = caches.get(fields);
    if (!cache) {
      cache = new WeakMap();
      caches.set(fields, cache);
    }
    let s = cache.get(row);
    if (s === undefined) {
      s = JSON.stringify(project(fields, row, names));
      cache.set(row, s);
    }
    return s;
  }

  private list(
    res: ServerResponse,
    rec: RecordedRequest,
    spec: ResourceSpec,
    params: URLSearchParams,
    parent: Row | undefined,
    now: number,
    owner?: string,
  ) {
    let query: ReturnType<typeof compileQuery>;
    try {
      query = compileQuery(params, spec.listFields);
    } catch (e) {
      if (e instanceof ODataError)
        return this.fail(res, rec, 200, { summary: e.message, exception: 'OData' });
      throw e;
    }
    const cap = this.knobs.maxRows?.[spec.name] ?? spec.maxRows;
    if (cap !== undefined && query.top !== undefined && query.top > cap) {
      return this.fail(res, rec, 200, {
        summary: `The limit of ${cap} for $top was exceeded; page with $top and $skip.`,
        exception: 'OData',
      });
    }
    let source: readonly Row[];
    if (spec.params || spec.computed) {
      // A report: its rows are computed for this request's parameters (reports.ts).
      const read = readReportParams(spec, params);
      if ('errors' in read) {
        return this.fail(res, rec, 400, {
          summary: 'The report parameters are missing or invalid.',
          fields: read.errors,
        });
      }
      const report = REPORTS[spec.name];
      if (!report) throw new Error(`No report function for ${spec.name}`);
      try {
        source = report(this.store, read.params, now);
      } catch (e) {
        if (!(e instanceof Refusal)) throw e;
        return this.fail(res, rec, 200, { summary: e.message });
      }
    } else {
      const view = this.store.view(tableOf(spec), now);
      // `parent` is only set for a sub-resource route, whose declaration names the field.
      const parentField = spec.parent?.field ?? '';
      const parentKey = parent && spec.parent ? parent[parentKeyOf(spec.parent)] : undefined;
      const hint = parent
        ? { field: parentField, values: [parentKey] }
        : indexHint(params, spec.listFields);
      const rows =
        hint && view.primary ? view.primary.candidates(hint.field, hint.values) : view.all();
      source = parent ? rows.filter((r) => r[parentField] === parentKey) : rows;
      if (owner !== undefined) source = source.filter((r) => r[OWNER] === owner);
    }
    const { items, count } = runQuery(source, query);
    if (cap !== undefined && query.top === undefined && items.length > cap) {
      return this.fail(res, rec, 200, {
        summary: `The result has more than ${cap} rows, the maximum for this endpoint; page with $top and $skip.`,
        exception: 'OData',
      });
    }
    const data = items.map((r) => this.json(spec.listFields, r)).join(',');
    this.send(res, rec, 200, `{"data":[${data}],"count":${count},"success":true}`);
  }

  private find(
    spec: ResourceSpec,
    id: string,
    parent: Row | undefined,
    view: { get(k: string): Row | undefined },
    owner?: string,
  ): Row | undefined {
    if (spec.singleton) return this.singletonRow(spec, view);
    const key = parseId(spec.idKind, id);
    const row = key === undefined ? undefined : view.get(key);
    if (row && parent && spec.parent && row[spec.parent.field] !== parent[parentKeyOf(spec.parent)])
      return undefined;
    // Another integration's row is as unknown as a missing one (relations.md §3.13).
    if (row && owner !== undefined && row[OWNER] !== owner) return undefined;
    return row;
  }

  /** The one row of a singleton (the first seeded); its id is what a POST updates. */
  private singletonRow(
    spec: ResourceSpec,
    view: { get(k: string): Row | undefined },
  ): Row | undefined {
    const first = this.store.table(tableOf(spec)).all()[0];
    return first ? view.get(idKey(first.id)) : undefined;
  }

  private get(
    res: ServerResponse,
    rec: RecordedRequest,
    spec: ResourceSpec,
    id: string,
    parent: Row | undefined,
    now: number,
    owner?: string,
  ) {
    const row = this.find(spec, id, parent, this.store.view(tableOf(spec), now), owner);
    if (!row) return this.notFound(res, rec, `${spec.name} ${id}`);
    this.send(res, rec, 200, `{"data":${this.json(spec.fields, row)},"success":true}`);
  }

  private context(now: number): RuleContext {
    return { store: this.store, now, newGuid: () => this.idPrng.guid() };
  }

  private async save(
    req: IncomingMessage,
    res: ServerResponse,
    rec: RecordedRequest,
    spec: ResourceSpec,
    parent: Row | undefined,
    now: number,
    after?: AfterFault,
    owner?: string,
  ): Promise<void> {
    const text = await readBody(req, MAX_BODY);
    let body: unknown;
    try {
      body = JSON.parse(text);
    } catch {
      return this.fail(res, rec, 400, { summary: 'The request body is not valid JSON.' });
    }
    if (body === null || typeof body !== 'object' || Array.isArray(body)) {
      return this.fail(res, rec, 400, {
        summary: `The request body must be a ${spec.name} object.`,
      });
    }
    // A singleton's POST updates its one row, whatever id the body carries (reference B18).
    const target = spec.singleton
      ? { ...(body as Row), id: this.singletonRow(spec, this.store.table(tableOf(spec)))?.id }
      : (body as Row);
    const sentId = (target as Row).id;
    if (
      owner !== undefined &&
      sentId != null &&
      !this.find(spec, String(sentId), parent, this.store.table(tableOf(spec)), owner)
    ) {
      return this.notFound(res, rec, `${spec.name} ${String(sentId)}`);
    }
    const outcome = save(this.context(now), spec, target, parent);
    if (outcome.ok && owner !== undefined) outcome.row[OWNER] ??= owner;
    if (!outcome.ok) {
      if (outcome.notFound)
        return this.notFound(res, rec, outcome.validation.summary.replace(/ was not found\.$/, ''));
      return this.rejectSave(res, rec, outcome.validation);
    }
    this.store.write(tableOf(spec), idKey(outcome.row.id), outcome.row, now);
    const answer = `{"data":${this.json(spec.fields, outcome.row)},"success":true}`;
    await this.answerWrite(req, res, rec, answer, after);
  }

  private async remove(
    req: IncomingMessage,
    res: ServerResponse,
    rec: RecordedRequest,
    spec: ResourceSpec,
    id: string,
    parent: Row | undefined,
    now: number,
    after?: AfterFault,
    owner?: string,
  ): Promise<void> {
    const table = tableOf(spec);
    const row = this.find(spec, id, parent, this.store.table(table), owner);
    if (!row) return this.notFound(res, rec, `${spec.name} ${id}`);
    const ctx = this.context(now);
    const blocked = checkDelete(ctx, spec, row);
    if (blocked) return this.fail(res, rec, 200, blocked);
    this.store.write(table, idKey(row.id), undefined, now);
    cascade(ctx, spec, row);
    await this.answerWrite(req, res, rec, '{"success":true}', after);
  }

  // --- Action routes and sub-lists (resource.ts `actions`, `subLists`; rules in actions.ts) ----

  private cancelPending(): void {
    for (const timer of this.pending) clearTimeout(timer);
    this.pending.clear();
  }

  /** A declared action: the body coerced by its field map, then its rule; answered as a write. */
  private async action(
    req: IncomingMessage,
    res: ServerResponse,
    rec: RecordedRequest,
    route: Route,
    userId: string,
    now: number,
    after?: AfterFault,
  ): Promise<void> {
    const spec = route.spec;
    const name = route.name ?? '';
    const declared = spec.actions?.[name];
    const rule = ACTION_RULES[`${spec.name}.${name}`];
    if (!declared || !rule) return this.fail(res, rec, 404, { summary: 'No such API path.' });
    let body: unknown;
    try {
      body = JSON.parse(await readBody(req, MAX_BODY));
    } catch {
      return this.fail(res, rec, 400, { summary: 'The request body is not valid JSON.' });
    }
    if (body === null || typeof body !== 'object' || Array.isArray(body)) {
      return this.fail(res, rec, 400, { summary: 'The request body must be a JSON object.' });
    }
    const errors: Record<string, string> = {};
    const input = actionBody(spec, name, body as Row, errors);
    // The body's declared rules (required fields, lengths, GUIDs, checks) and uploads, as the
    // facade checks them (checks.ts): one declaration, the same answer from both.
    Object.assign(errors, bodyProblems(declared.body, input));
    if (Object.keys(errors).length > 0) {
      return this.rejectSave(res, rec, {
        summary: 'One or more fields are invalid.',
        fields: errors,
      });
    }
    const ctx = {
      ...this.context(now),
      userId,
      applicationKeys: this.clients.map((c) => c.applicationKey),
      delayMs: this.knobs.sendDelayMs ?? 1_000,
      later: (ms: number, fn: (at: number) => void) => {
        const timer = setTimeout(() => {
          this.pending.delete(timer);
          fn(Date.now());
        }, ms);
        this.pending.add(timer);
      },
    };
    const outcome = rule(ctx, spec, input);
    if (!outcome.ok) return this.rejectSave(res, rec, outcome.validation);
    const names = this.knobs.enumsAs === 'names';
    const kind = actionAnswer(spec, declared);
    const answer =
      !outcome.row || kind.kind === 'none' || kind.kind === 'echo'
        ? '{"success":true}'
        : kind.kind === 'id'
          ? `{"data":${JSON.stringify(outcome.row.id)},"success":true}`
          : `{"data":${JSON.stringify(project(kind.fields, outcome.row, names))},"success":true}`;
    await this.answerWrite(req, res, rec, answer, after);
  }

  /**
   * A declared sub-list: the rows of the item table whose parent field holds the parent's key
   * (its id, or `sub.key`: an account's code, a contact group's title, compared ignoring case; a
   * list field holds it among others), or, for a list whose items do not name the parent, the
   * rows its rule gives (ledger.ts). A sub-list `of` a resource takes OData like its list.
   */
  private subList(
    res: ServerResponse,
    rec: RecordedRequest,
    route: Route,
    raw: string,
    params: URLSearchParams,
    now: number,
  ): void {
    const spec = route.spec;
    const name = route.name ?? '';
    const sub = spec.subLists?.[name];
    if (!sub) {
      this.fail(res, rec, 404, { summary: 'No such API path.' });
      return;
    }
    const rule = SUBLIST_RULES[`${spec.name}.${route.name ?? ''}`];
    if (rule) {
      // Rows derived from other data (a computed parent): the rule finds them, or the parent
      // does not exist.
      const found = rule(this.context(now), spec, raw);
      if (!found) {
        this.notFound(res, rec, `${spec.name} ${raw}`);
        return;
      }
      const itemFields =
        typeof sub.item === 'string' ? resourceNamed(sub.item).fields : sub.item.fields;
      const data = found.map((r) => this.json(itemFields, r)).join(',');
      this.send(res, rec, 200, `{"data":[${data}],"count":${found.length},"success":true}`);
      return;
    }
    const view = this.store.view(tableOf(spec), now);
    const keyName = sub.key ?? 'id';
    let parent: Row | undefined;
    if (keyName === 'id') {
      const key = parseId(spec.idKind, raw);
      parent = key === undefined ? undefined : view.get(key);
    } else {
      const field = spec.fields[keyName];
      const numeric = field?.type === 'scalar' && ['int', 'long'].includes(field.kind);
      const value = numeric ? Number(raw) : raw;
      if (!numeric || Number.isInteger(value)) {
        parent = view
          .all()
          .find((r) => String(r[keyName]).toLowerCase() === String(value).toLowerCase());
      }
    }
    if (!parent) {
      this.notFound(res, rec, `${spec.name} ${raw}`);
      return;
    }
    const item = typeof sub.item === 'string' ? resourceNamed(sub.item) : undefined;
    const fields = item ? item.fields : (sub.item as RowType).fields;
    const table = item
      ? tableOf(item)
      : ((sub.item as RowType).table ?? (sub.item as RowType).type);
    const found = parent;
    const fold = (v: unknown) => (typeof v === 'string' ? v.toLowerCase() : idKey(v));
    const key = fold(found[keyName]);
    const holds = (v: unknown) =>
      Array.isArray(v) ? v.some((x) => fold(x) === key) : v != null && fold(v) === key;
    const rows = sub.parentField
      ? this.store
          .view(table, now)
          .all()
          .filter((r) => holds(r[sub.parentField as string]))
      : subListRule(spec, name)((t) => this.store.view(t, now).all(), found);
    if (!sub.of) {
      const data = rows.map((r) => this.json(fields, r)).join(',');
      this.send(res, rec, 200, `{"data":[${data}],"count":${rows.length},"success":true}`);
      return;
    }
    let query: ReturnType<typeof compileQuery>;
    try {
      query = compileQuery(params, fields);
    } catch (e) {
      if (!(e instanceof ODataError)) throw e;
      this.fail(res, rec, 200, { summary: e.message, exception: 'OData' });
      return;
    }
    const { items, count } = runQuery(rows, query);
    const data = items.map((r) => this.json(fields, r)).join(',');
    this.send(res, rec, 200, `{"data":[${data}],"count":${count},"success":true}`);
  }

  /** A declared read (`reads`): its rule's value as `data`, or 404 when it finds nothing. */
  private read(
    res: ServerResponse,
    rec: RecordedRequest,
    route: Route,
    id: string | undefined,
    now: number,
  ): void {
    const spec = route.spec;
    const read = spec.reads?.[route.name ?? ''];
    const rule = READ_RULES[`${spec.name}.${route.name ?? ''}`];
    if (!read || !rule) {
      this.fail(res, rec, 404, { summary: 'No such API path.' });
      return;
    }
    const value = rule(this.context(now), spec, id);
    if (value === undefined) {
      this.notFound(res, rec, `${spec.name} ${id ?? ''}`);
      return;
    }
    const data =
      'type' in read.result && typeof read.result.type === 'string' && 'fields' in read.result
        ? this.json(read.result.fields, value as Row)
        : JSON.stringify(value);
    this.send(res, rec, 200, `{"data":${data},"success":true}`);
  }

  /**
   * A declared download (`downloads`): raw bytes with their content type, or for the `base64`
   * form the JSON envelope around the document; 404 when the rule finds no file.
   */
  private download(
    res: ServerResponse,
    rec: RecordedRequest,
    route: Route,
    key: string,
    page: string | undefined,
    now: number,
  ): void {
    const spec = route.spec;
    const download = spec.downloads?.[route.name ?? ''];
    const rule = DOWNLOAD_RULES[`${spec.name}.${route.name ?? ''}`];
    if (!download || !rule) {
      this.fail(res, rec, 404, { summary: 'No such API path.' });
      return;
    }
    const pageNo = page === undefined ? undefined : Number(page);
    if (page !== undefined && !(Number.isInteger(pageNo) && (pageNo as number) >= 1)) {
      this.notFound(res, rec, `Page ${page}`);
      return;
    }
    const file = rule(this.context(now), spec, key, pageNo);
    if (!file) {
      this.notFound(res, rec, `${spec.name} ${key}`);
      return;
    }
    if (download.form === 'base64') {
      this.send(res, rec, 200, `{"data":${JSON.stringify(file.document)},"success":true}`);
      return;
    }
    rec.status = 200;
    res.writeHead(200, {
      'content-type': file.contentType ?? download.contentType ?? 'application/octet-stream',
      'content-length': file.bytes?.length ?? 0,
    });
    res.end(file.bytes);
  }

  private async admin(
    req: IncomingMessage,
    res: ServerResponse,
    url: URL,
    lower: string[],
  ): Promise<void> {
    const handler = adminRoute(req.method ?? 'GET', lower.slice(1).join('/'));
    const out = handler ? await handler(this, url) : undefined;
    const body = JSON.stringify(
      out ?? { success: false, validation: { summary: 'No such emulator path.' } },
    );
    res.writeHead(out ? 200 : 404, {
      'content-type': JSON_TYPE,
      'content-length': Buffer.byteLength(body),
    });
    res.end(body);
  }
}

/** Every subscription a demo client has unless the `subscriptions` knob says otherwise. */
const ALL_SUBSCRIPTIONS = ['Accounting', 'Invoicing', 'Payroll', 'Time'] as const;

/**
 * The `goInvalidPrivileges` of a token for a client with the `active` subscriptions: the full
 * privilege of every resource (and report) that needs a subscription it lacks (reference §0
 * names `TimeTracking_Full` and `Reporting_TimeTransaction_Full`).
 */
function blockedPrivileges(specs: readonly ResourceSpec[], active: readonly string[]): string[] {
  const has = new Set(active);
  return [
    ...new Set(
      specs
        .filter((s) => s.subscription !== undefined && !has.has(s.subscription))
        .map((s) => `${s.privilege}_Full`),
    ),
  ];
}

function allPrivileges(specs: readonly ResourceSpec[]): string[] {
  const declared = specs.flatMap((s) => [
    ...Object.values(s.actions ?? {}).map((a) => a.privilege),
    ...Object.values(s.subLists ?? {}).map((l) => l.privilege),
    ...Object.values(s.reads ?? {}).map((r) => r.privilege),
    ...Object.values(s.downloads ?? {}).map((d) => d.privilege),
  ]);
  return [
    ...new Set([
      ...specs.flatMap((s) => [s.privilege, `${s.privilege}_Full`]),
      ...declared.filter((p): p is string => p !== undefined),
    ]),
  ];
}

/** The token privilege a route needs: the declared one, else read or `_Full` (write). */
function privilegeOf(route: Route, write: boolean): string {
  const spec = route.spec;
  const name = route.name ?? '';
  if (route.kind === 'action') return spec.actions?.[name]?.privilege ?? `${spec.privilege}_Full`;
  if (route.kind === 'sublist') return spec.subLists?.[name]?.privilege ?? spec.privilege;
  if (route.kind === 'read') return spec.reads?.[name]?.privilege ?? spec.privilege;
  if (route.kind === 'download') return spec.downloads?.[name]?.privilege ?? spec.privilege;
  return write ? `${spec.privilege}_Full` : spec.privilege;
}

function parseBasic(
  header: string | undefined,
): { applicationKey: string; clientKey: string } | undefined {
  const m = /^Basic\s+([A-Za-z0-9+/=_-]+)\s*$/i.exec(header ?? '');
  if (!m) return undefined;
  const decoded = Buffer.from(m[1] as string, 'base64').toString('utf8');
  const colon = decoded.indexOf(':');
  if (colon < 0) return { applicationKey: '', clientKey: '' };
  return { applicationKey: decoded.slice(0, colon), clientKey: decoded.slice(colon + 1) };
}

/** `outgoingInvoiceLines[0].productCode` → `OutgoingInvoiceLines[0].ProductCode`. */
function pascalPath(path: string): string {
  return path.replace(/(^|\.)([a-z])/g, (_m, dot: string, c: string) => dot + c.toUpperCase());
}

function decodeSegment(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}

/** The stored key of a path id, or undefined when it cannot be an id of this kind. */
function parseId(kind: ResourceSpec['idKind'], raw: string): string | undefined {
  const s = raw.trim();
  if (kind === 'guid') return isGuid(s) ? s.toLowerCase() : undefined;
  if (!/^-?\d{1,19}$/.test(s)) return undefined;
  const n = Number(s);
  if (!Number.isSafeInteger(n) || (kind === 'int' && Math.abs(n) > 2147483647)) return undefined;
  return String(n);
}

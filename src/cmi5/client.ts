/**
 * Talking to the LMS and its LRS for a cmi5 launch: the one-time POST to the
 * fetch URL for the auth token (cmi5 §8.2), the State API documents
 * (LMS.LaunchData, and Rapport's own copy of the attempt for Review mode), and
 * the learner's preferences in the Agent Profile (cmi5 §11).
 * fetch is injected so the whole exchange runs under Node in tests.
 */
import type { LaunchParams } from './launch.ts';

export interface HttpResponse {
  status: number;
  text(): Promise<string>;
}
export type HttpFetch = (url: string, init: { method: 'GET' | 'POST' | 'PUT'; headers: Record<string, string>; body?: string; keepalive?: boolean }) => Promise<HttpResponse>;

export class Cmi5Error extends Error {
  override name = 'Cmi5Error';
  constructor(
    message: string,
    /** A network failure or a 5xx/429: worth trying again. */
    readonly transient: boolean,
  ) {
    super(message);
  }
}

export const LAUNCH_DATA = 'LMS.LaunchData';
/** Rapport's attempt record for this registration, kept so Review mode can show it. */
export const TRANSCRIPT_STATE = 'https://rapport.example/xapi/state/transcript';

export class Cmi5Client {
  private token: string | undefined;

  constructor(
    readonly params: LaunchParams,
    private readonly fetch: HttpFetch,
  ) {}

  get authorization(): string | undefined {
    return this.token ? `Basic ${this.token}` : undefined;
  }

  private async call(url: string, init: Parameters<HttpFetch>[1]): Promise<HttpResponse> {
    try {
      return await this.fetch(url, init);
    } catch (err) {
      throw new Cmi5Error(`cannot reach ${new URL(url).host}: ${(err as Error).message}`, true);
    }
  }

  /** The auth token. The fetch URL answers once; asking twice is an error the LMS reports, so a token is kept. */
  async fetchToken(): Promise<string> {
    if (this.token) return this.token;
    const res = await this.call(this.params.fetch, { method: 'POST', headers: {} });
    const text = await res.text().catch(() => '');
    let body: Record<string, unknown> = {};
    try {
      body = JSON.parse(text) as Record<string, unknown>;
    } catch {
      // Reported below.
    }
    if (res.status >= 500 || res.status === 429) throw new Cmi5Error(`the LMS answered ${res.status}`, true);
    if (res.status !== 200 || typeof body['auth-token'] !== 'string') {
      const why = typeof body['error-text'] === 'string' ? `${body['error-code'] ?? ''} ${body['error-text']}`.trim() : `the LMS answered ${res.status}`;
      throw new Cmi5Error(why, false);
    }
    this.token = body['auth-token'];
    return this.token;
  }

  private headers(json = false): Record<string, string> {
    const h: Record<string, string> = { 'X-Experience-API-Version': '1.0.3' };
    if (this.token) h.Authorization = `Basic ${this.token}`;
    if (json) h['Content-Type'] = 'application/json';
    return h;
  }

  stateUrl(stateId: string): string {
    const q = new URLSearchParams({ stateId, activityId: this.params.activityId, agent: JSON.stringify(this.params.actor), registration: this.params.registration });
    return `${this.params.endpoint.replace(/\/+$/, '')}/activities/state?${q}`;
  }

  /** A JSON document, or undefined when the LRS has none (404). */
  private async getDocument(url: string, name: string): Promise<unknown> {
    const res = await this.call(url, { method: 'GET', headers: this.headers() });
    if (res.status === 404) return undefined;
    if (res.status !== 200) throw new Cmi5Error(`reading ${name}: the LRS answered ${res.status}`, res.status >= 500 || res.status === 429);
    const text = await res.text();
    try {
      return JSON.parse(text);
    } catch {
      throw new Cmi5Error(`${name} is not JSON`, false);
    }
  }

  /** A state document, or undefined when the LRS has none (404). */
  getState(stateId: string): Promise<unknown> {
    return this.getDocument(this.stateUrl(stateId), stateId);
  }

  /** An Agent Profile document of the launch's actor (cmi5LearnerPreferences), or undefined when there is none (404). */
  getAgentProfile(profileId: string): Promise<unknown> {
    const q = new URLSearchParams({ agent: JSON.stringify(this.params.actor), profileId });
    return this.getDocument(`${this.params.endpoint.replace(/\/+$/, '')}/agents/profile?${q}`, profileId);
  }

  /** With `keepalive`, the browser may deliver it after the page has gone (pagehide). */
  async putState(stateId: string, value: unknown, keepalive = false): Promise<void> {
    const init = { method: 'PUT' as const, headers: this.headers(true), body: JSON.stringify(value) };
    const res = await this.call(this.stateUrl(stateId), keepalive ? { ...init, keepalive } : init);
    if (res.status !== 204 && res.status !== 200) throw new Cmi5Error(`saving ${stateId}: the LRS answered ${res.status}`, res.status >= 500 || res.status === 429);
  }
}

/**
 * Checks a statement against the xAPI 1.0.3 rules an LRS enforces and that a
 * bug in our export could break: a statement that fails here would be rejected
 * (400) and sit in the queue, so tests run every statement we make through it.
 */
import { isUuid } from './uuid.ts';
import { isDuration, isIri, isIrl, isLanguageTag, isTimestamp } from './xapiFormats.ts';

export interface StatementCheck {
  ok: boolean;
  errors: string[];
}

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const INTERACTION_TYPES = ['true-false', 'choice', 'fill-in', 'long-fill-in', 'matching', 'performance', 'sequencing', 'likert', 'numeric', 'other'];
const COMPONENT_LISTS = ['choices', 'scale', 'source', 'target', 'steps'];

class Checker {
  readonly errors: string[] = [];

  fail(path: string, message: string): void {
    this.errors.push(`${path}: ${message}`);
  }

  onlyKeys(v: Obj, path: string, allowed: readonly string[]): void {
    for (const k of Object.keys(v)) if (!allowed.includes(k)) this.fail(path, `unexpected property "${k}"`);
  }

  languageMap(v: unknown, path: string): void {
    if (!isObj(v)) return this.fail(path, 'must be a language map');
    for (const [k, text] of Object.entries(v)) {
      if (!isLanguageTag(k)) this.fail(path, `"${k}" is not an RFC 5646 language tag`);
      if (typeof text !== 'string') this.fail(`${path}.${k}`, 'must be a string');
    }
  }

  extensions(v: unknown, path: string): void {
    if (!isObj(v)) return this.fail(path, 'must be an object');
    for (const k of Object.keys(v)) if (!isIri(k)) this.fail(path, `extension key "${k}" is not an IRI`);
  }

  /** Agent or Group. An Agent, and an identified Group, have exactly one inverse functional identifier. */
  actor(v: unknown, path: string): void {
    if (!isObj(v)) return this.fail(path, 'must be an Agent or Group');
    const group = v.objectType === 'Group';
    if (v.objectType !== undefined && v.objectType !== 'Agent' && !group) this.fail(`${path}.objectType`, 'must be "Agent" or "Group"');
    this.onlyKeys(v, path, ['objectType', 'name', 'mbox', 'mbox_sha1sum', 'openid', 'account', ...(group ? ['member'] : [])]);
    if (v.name !== undefined && typeof v.name !== 'string') this.fail(`${path}.name`, 'must be a string');
    const ifis = ['mbox', 'mbox_sha1sum', 'openid', 'account'].filter((k) => v[k] !== undefined);
    if (v.mbox !== undefined && !(typeof v.mbox === 'string' && /^mailto:[^\s@]+@[^\s@]+$/.test(v.mbox))) this.fail(`${path}.mbox`, 'must be a mailto: IRI');
    if (v.mbox_sha1sum !== undefined && !(typeof v.mbox_sha1sum === 'string' && /^[0-9a-f]{40}$/i.test(v.mbox_sha1sum))) this.fail(`${path}.mbox_sha1sum`, 'must be a hex SHA-1');
    if (v.openid !== undefined && !isIri(v.openid)) this.fail(`${path}.openid`, 'must be a URI');
    if (v.account !== undefined) {
      const a = v.account;
      if (!isObj(a)) this.fail(`${path}.account`, 'must be an object');
      else {
        this.onlyKeys(a, `${path}.account`, ['homePage', 'name']);
        if (!isIrl(a.homePage)) this.fail(`${path}.account.homePage`, 'must be an IRL');
        if (typeof a.name !== 'string' || a.name === '') this.fail(`${path}.account.name`, 'must be a non-empty string');
      }
    }
    if (group) {
      if (v.member !== undefined && !Array.isArray(v.member)) this.fail(`${path}.member`, 'must be an array of Agents');
      if (Array.isArray(v.member)) v.member.forEach((m, i) => (isObj(m) && m.objectType === 'Group' ? this.fail(`${path}.member[${i}]`, 'a Group cannot contain a Group') : this.actor(m, `${path}.member[${i}]`)));
      if (ifis.length > 1) this.fail(path, `a Group has at most one identifier, found ${ifis.join(', ')}`);
      if (ifis.length === 0 && !Array.isArray(v.member)) this.fail(path, 'an anonymous Group must list its members');
    } else if (ifis.length !== 1) {
      this.fail(path, `an Agent has exactly one identifier (mbox, mbox_sha1sum, openid or account), found ${ifis.length ? ifis.join(', ') : 'none'}`);
    }
  }

  verb(v: unknown, path: string): void {
    if (!isObj(v)) return this.fail(path, 'is required');
    this.onlyKeys(v, path, ['id', 'display']);
    if (!isIri(v.id)) this.fail(`${path}.id`, 'must be an IRI');
    if (v.display !== undefined) this.languageMap(v.display, `${path}.display`);
  }

  definition(v: unknown, path: string): void {
    if (!isObj(v)) return this.fail(path, 'must be an object');
    this.onlyKeys(v, path, ['name', 'description', 'type', 'moreInfo', 'interactionType', 'correctResponsesPattern', 'extensions', ...COMPONENT_LISTS]);
    if (v.name !== undefined) this.languageMap(v.name, `${path}.name`);
    if (v.description !== undefined) this.languageMap(v.description, `${path}.description`);
    if (v.type !== undefined && !isIri(v.type)) this.fail(`${path}.type`, 'must be an IRI');
    if (v.moreInfo !== undefined && !isIrl(v.moreInfo)) this.fail(`${path}.moreInfo`, 'must be an IRL');
    if (v.interactionType !== undefined && !INTERACTION_TYPES.includes(String(v.interactionType))) this.fail(`${path}.interactionType`, `unknown interaction type "${String(v.interactionType)}"`);
    for (const list of COMPONENT_LISTS) {
      const items = v[list];
      if (items === undefined) continue;
      if (v.interactionType === undefined) this.fail(`${path}.${list}`, 'interaction components need an interactionType');
      if (!Array.isArray(items)) {
        this.fail(`${path}.${list}`, 'must be an array');
        continue;
      }
      const ids = new Set<string>();
      items.forEach((c, i) => {
        if (!isObj(c) || typeof c.id !== 'string' || c.id === '') return this.fail(`${path}.${list}[${i}]`, 'needs a string id');
        if (ids.has(c.id)) this.fail(`${path}.${list}[${i}]`, `duplicate id "${c.id}"`);
        ids.add(c.id);
        if (c.description !== undefined) this.languageMap(c.description, `${path}.${list}[${i}].description`);
      });
    }
    if (v.extensions !== undefined) this.extensions(v.extensions, `${path}.extensions`);
  }

  activity(v: unknown, path: string): void {
    if (!isObj(v)) return this.fail(path, 'must be an Activity');
    this.onlyKeys(v, path, ['objectType', 'id', 'definition']);
    if (v.objectType !== undefined && v.objectType !== 'Activity') this.fail(`${path}.objectType`, 'must be "Activity"');
    if (!isIri(v.id)) this.fail(`${path}.id`, 'must be an IRI');
    if (v.definition !== undefined) this.definition(v.definition, `${path}.definition`);
  }

  object(v: unknown, path: string, sub: boolean): void {
    if (!isObj(v)) return this.fail(path, 'is required');
    switch (v.objectType ?? 'Activity') {
      case 'Activity':
        return this.activity(v, path);
      case 'Agent':
      case 'Group':
        return this.actor(v, path);
      case 'StatementRef':
        this.onlyKeys(v, path, ['objectType', 'id']);
        if (!isUuid(v.id)) this.fail(`${path}.id`, 'must be a UUID');
        return;
      case 'SubStatement':
        if (sub) return this.fail(path, 'a SubStatement cannot contain a SubStatement');
        return this.statement(v, path, true);
      default:
        return this.fail(`${path}.objectType`, `unknown object type "${String(v.objectType)}"`);
    }
  }

  result(v: unknown, path: string): void {
    if (!isObj(v)) return this.fail(path, 'must be an object');
    this.onlyKeys(v, path, ['score', 'success', 'completion', 'response', 'duration', 'extensions']);
    if (v.score !== undefined) {
      const s = v.score;
      if (!isObj(s)) this.fail(`${path}.score`, 'must be an object');
      else {
        this.onlyKeys(s, `${path}.score`, ['scaled', 'raw', 'min', 'max']);
        for (const k of ['scaled', 'raw', 'min', 'max']) if (s[k] !== undefined && !(typeof s[k] === 'number' && Number.isFinite(s[k]))) this.fail(`${path}.score.${k}`, 'must be a number');
        const n = (k: string) => (typeof s[k] === 'number' ? (s[k] as number) : undefined);
        const [scaled, raw, min, max] = [n('scaled'), n('raw'), n('min'), n('max')];
        if (scaled !== undefined && (scaled < -1 || scaled > 1)) this.fail(`${path}.score.scaled`, 'must be between -1 and 1');
        if (min !== undefined && max !== undefined && !(min < max)) this.fail(`${path}.score`, 'min must be less than max');
        if (raw !== undefined && ((min !== undefined && raw < min) || (max !== undefined && raw > max))) this.fail(`${path}.score.raw`, 'must lie between min and max');
      }
    }
    for (const k of ['success', 'completion']) if (v[k] !== undefined && typeof v[k] !== 'boolean') this.fail(`${path}.${k}`, 'must be true or false');
    if (v.response !== undefined && typeof v.response !== 'string') this.fail(`${path}.response`, 'must be a string');
    if (v.duration !== undefined && !isDuration(v.duration)) this.fail(`${path}.duration`, 'must be an ISO 8601 duration');
    if (v.extensions !== undefined) this.extensions(v.extensions, `${path}.extensions`);
  }

  context(v: unknown, path: string, object: unknown): void {
    if (!isObj(v)) return this.fail(path, 'must be an object');
    this.onlyKeys(v, path, ['registration', 'instructor', 'team', 'contextActivities', 'revision', 'platform', 'language', 'statement', 'extensions']);
    if (v.registration !== undefined && !isUuid(v.registration)) this.fail(`${path}.registration`, 'must be a UUID');
    if (v.instructor !== undefined) this.actor(v.instructor, `${path}.instructor`);
    if (v.team !== undefined && !(isObj(v.team) && v.team.objectType === 'Group')) this.fail(`${path}.team`, 'must be a Group');
    else if (v.team !== undefined) this.actor(v.team, `${path}.team`);
    const ca = v.contextActivities;
    if (ca !== undefined) {
      if (!isObj(ca)) this.fail(`${path}.contextActivities`, 'must be an object');
      else {
        this.onlyKeys(ca, `${path}.contextActivities`, ['parent', 'grouping', 'category', 'other']);
        for (const [k, list] of Object.entries(ca)) (Array.isArray(list) ? list : [list]).forEach((a, i) => this.activity(a, `${path}.contextActivities.${k}[${i}]`));
      }
    }
    // Revision and platform describe an Activity; on a statement about an Agent they mean nothing and are rejected.
    const aboutActivity = isObj(object) && (object.objectType ?? 'Activity') === 'Activity';
    for (const k of ['revision', 'platform']) {
      if (v[k] === undefined) continue;
      if (typeof v[k] !== 'string') this.fail(`${path}.${k}`, 'must be a string');
      if (!aboutActivity) this.fail(`${path}.${k}`, 'is only allowed when the object is an Activity');
    }
    if (v.language !== undefined && !isLanguageTag(v.language)) this.fail(`${path}.language`, 'must be an RFC 5646 language tag');
    if (v.statement !== undefined && !(isObj(v.statement) && v.statement.objectType === 'StatementRef' && isUuid(v.statement.id))) this.fail(`${path}.statement`, 'must be a StatementRef');
    if (v.extensions !== undefined) this.extensions(v.extensions, `${path}.extensions`);
  }

  statement(v: Obj, path: string, sub: boolean): void {
    const top = ['id', 'stored', 'authority', 'version', 'attachments'];
    this.onlyKeys(v, path, ['actor', 'verb', 'object', 'result', 'context', 'timestamp', ...(sub ? ['objectType'] : top)]);
    if (v.id !== undefined && !isUuid(v.id)) this.fail(`${path}.id`, 'must be a UUID');
    this.actor(v.actor, `${path}.actor`);
    this.verb(v.verb, `${path}.verb`);
    this.object(v.object, `${path}.object`, sub);
    if (v.result !== undefined) this.result(v.result, `${path}.result`);
    if (v.context !== undefined) this.context(v.context, `${path}.context`, v.object);
    if (v.timestamp !== undefined && !isTimestamp(v.timestamp)) this.fail(`${path}.timestamp`, 'must be an ISO 8601 date and time with a time zone');
    if (v.stored !== undefined && !isTimestamp(v.stored)) this.fail(`${path}.stored`, 'must be an ISO 8601 date and time with a time zone');
    if (v.version !== undefined && !(typeof v.version === 'string' && /^1\.0(\.\d+)?$/.test(v.version))) this.fail(`${path}.version`, 'must be 1.0.x');
    if (v.authority !== undefined) this.actor(v.authority, `${path}.authority`);
  }
}

export function validateStatement(s: unknown): StatementCheck {
  const c = new Checker();
  if (!isObj(s)) c.fail('statement', 'must be an object');
  else c.statement(s, 'statement', false);
  return { ok: c.errors.length === 0, errors: c.errors };
}

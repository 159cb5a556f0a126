/**
 * A structural check of a cmi5 course structure (cmi5 §13.1): the
 * courseStructure root in the cmi5 namespace; one course with an id and a
 * title and description of langstrings; blocks and AUs with ids, titles and
 * descriptions; each AU with a url, a valid moveOn, a masteryScore from 0 to
 * 1, a valid launchMethod; every id unique. With its own small XML reader
 * (elements, attributes, text, comments, CDATA), so it runs anywhere.
 */
import { CMI5_NAMESPACE } from './courseStructure.ts';
import { moveOnValues } from './launch.ts';

export interface XmlElement {
  name: string;
  attrs: Record<string, string>;
  children: XmlElement[];
  text: string;
}

const entities: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
const decode = (s: string) =>
  s.replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+);/gi, (m, e: string) => (e[0] === '#' ? String.fromCodePoint(e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10)) : (entities[e] ?? m)));

/** Parses well-formed XML into elements; throws with the offset on anything malformed. */
export function parseXml(text: string): XmlElement {
  let i = 0;
  const stack: XmlElement[] = [];
  let root: XmlElement | undefined;
  const fail = (why: string): never => {
    throw new Error(`XML: ${why} at offset ${i}`);
  };
  while (i < text.length) {
    const lt = text.indexOf('<', i);
    const chunk = lt < 0 ? text.slice(i) : text.slice(i, lt);
    if (chunk.trim()) {
      if (!stack.length) fail('text outside the root element');
      stack.at(-1)!.text += decode(chunk);
    }
    if (lt < 0) break;
    i = lt;
    if (text.startsWith('<?', i)) {
      const end = text.indexOf('?>', i);
      if (end < 0) fail('unclosed processing instruction');
      i = end + 2;
    } else if (text.startsWith('<!--', i)) {
      const end = text.indexOf('-->', i);
      if (end < 0) fail('unclosed comment');
      i = end + 3;
    } else if (text.startsWith('<![CDATA[', i)) {
      const end = text.indexOf(']]>', i);
      if (end < 0 || !stack.length) fail('bad CDATA');
      stack.at(-1)!.text += text.slice(i + 9, end);
      i = end + 3;
    } else if (text.startsWith('<!', i)) fail('DOCTYPE is not allowed');
    else if (text.startsWith('</', i)) {
      const m = /^<\/([\w:.-]+)\s*>/.exec(text.slice(i));
      if (!m) fail('bad end tag');
      const open = stack.pop();
      if (!open || open.name !== m![1]) fail(`</${m![1]}> does not close <${open?.name}>`);
      i += m![0].length;
    } else {
      const m = /^<([\w:.-]+)((?:\s+[\w:.-]+\s*=\s*(?:"[^"<]*"|'[^'<]*'))*)\s*(\/?)>/.exec(text.slice(i));
      if (!m) fail('bad start tag');
      const attrs: Record<string, string> = {};
      for (const a of m![2]!.matchAll(/([\w:.-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g)) {
        if (a[1]! in attrs) fail(`attribute ${a[1]} given twice`);
        attrs[a[1]!] = decode(a[2] ?? a[3] ?? '');
      }
      const el: XmlElement = { name: m![1]!, attrs, children: [], text: '' };
      if (stack.length) stack.at(-1)!.children.push(el);
      else if (root) fail('more than one root element');
      else root = el;
      if (!m![3]) stack.push(el);
      i += m![0].length;
    }
  }
  if (stack.length) throw new Error(`XML: <${stack.at(-1)!.name}> is never closed`);
  if (!root) throw new Error('XML: no root element');
  return root;
}

const isIri = (v: string | undefined): boolean => !!v && /^[a-z][a-z0-9+.-]*:\S+$/i.test(v);

/** Every problem found, as "where: what"; empty when the structure is sound. */
export function checkCourseStructure(xml: string): string[] {
  let root: XmlElement;
  try {
    root = parseXml(xml);
  } catch (err) {
    return [(err as Error).message];
  }
  const problems: string[] = [];
  const ids = new Map<string, string>();
  const id = (el: XmlElement, where: string) => {
    const v = el.attrs.id;
    if (!isIri(v)) problems.push(`${where}: id ${JSON.stringify(v ?? '')} is not an IRI`);
    else if (ids.has(v!)) problems.push(`${where}: id ${v} is also used by ${ids.get(v!)}`);
    else ids.set(v!, where);
  };
  const langstrings = (el: XmlElement, tag: 'title' | 'description', where: string) => {
    const found = el.children.filter((c) => c.name === tag);
    if (found.length !== 1) return void problems.push(`${where}: needs exactly one <${tag}>, has ${found.length}`);
    const strings = found[0]!.children.filter((c) => c.name === 'langstring');
    if (strings.length === 0) problems.push(`${where}: <${tag}> has no <langstring>`);
    const langs = new Set<string>();
    for (const s of strings) {
      const lang = s.attrs.lang;
      if (!lang || !/^[a-z]{2,3}(-[A-Za-z0-9]{1,8})*$/.test(lang)) problems.push(`${where}: <${tag}> langstring has no valid lang`);
      else if (langs.has(lang)) problems.push(`${where}: <${tag}> has two langstrings for ${lang}`);
      else langs.add(lang);
      if (!s.text.trim()) problems.push(`${where}: <${tag}> langstring is empty`);
    }
  };

  if (root.name !== 'courseStructure') problems.push(`root element is <${root.name}>, not <courseStructure>`);
  if (root.attrs.xmlns !== CMI5_NAMESPACE) problems.push(`courseStructure is not in the cmi5 namespace ${CMI5_NAMESPACE}`);
  const courses = root.children.filter((c) => c.name === 'course');
  if (courses.length !== 1) problems.push(`needs exactly one <course>, has ${courses.length}`);
  for (const course of courses) {
    id(course, 'course');
    langstrings(course, 'title', 'course');
    langstrings(course, 'description', 'course');
  }
  let auCount = 0;
  const walk = (parent: XmlElement, where: string) => {
    for (const el of parent.children) {
      if (el.name === 'block') {
        const here = `${where}block ${el.attrs.id ?? '?'}`;
        id(el, here);
        langstrings(el, 'title', here);
        langstrings(el, 'description', here);
        walk(el, `${here} > `);
      } else if (el.name === 'au') {
        auCount++;
        const here = `${where}au ${el.attrs.id ?? '?'}`;
        id(el, here);
        langstrings(el, 'title', here);
        langstrings(el, 'description', here);
        const urls = el.children.filter((c) => c.name === 'url');
        if (urls.length !== 1 || !urls[0]!.text.trim()) problems.push(`${here}: needs exactly one non-empty <url>`);
        else if (/\s/.test(urls[0]!.text.trim())) problems.push(`${here}: url contains white space`);
        const moveOn = el.attrs.moveOn;
        if (moveOn !== undefined && !(moveOnValues as readonly string[]).includes(moveOn)) problems.push(`${here}: moveOn "${moveOn}" is not one of ${moveOnValues.join(', ')}`);
        const mastery = el.attrs.masteryScore;
        if (mastery !== undefined && !(/^\d+(\.\d+)?$/.test(mastery) && Number(mastery) >= 0 && Number(mastery) <= 1)) problems.push(`${here}: masteryScore "${mastery}" is not a decimal from 0 to 1`);
        const method = el.attrs.launchMethod;
        if (method !== undefined && method !== 'OwnWindow' && method !== 'AnyWindow') problems.push(`${here}: launchMethod "${method}" is not OwnWindow or AnyWindow`);
      } else if (el.name !== 'course' && el.name !== 'objectives' && where === '') problems.push(`unexpected <${el.name}> in courseStructure`);
    }
  };
  walk(root, '');
  if (auCount === 0) problems.push('the course has no <au>');
  return problems;
}

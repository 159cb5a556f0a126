/**
 * cmi5.xml: the course structure an LMS imports (cmi5 §13). One AU per
 * bundled scenario, each launching the built app with the scenario's id;
 * masteryScore is the scenario's pass mark as a fraction.
 */
import type { Scenario } from '../scenario/schema.ts';
import type { MoveOn } from './launch.ts';

export const CMI5_NAMESPACE = 'https://w3id.org/xapi/profiles/cmi5/v1/CourseStructure.xsd';

export interface AuSpec {
  id: string;
  title: string;
  description: string;
  url: string;
  moveOn: MoveOn;
  masteryScore?: number;
  launchMethod: 'OwnWindow' | 'AnyWindow';
}

export interface CourseSpec {
  id: string;
  title: string;
  description: string;
  lang: string;
  aus: AuSpec[];
}

const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const langstring = (tag: string, lang: string, text: string, pad: string) => `${pad}<${tag}>\n${pad}  <langstring lang="${escape(lang)}">${escape(text)}</langstring>\n${pad}</${tag}>`;

export function courseStructureXml(course: CourseSpec): string {
  const aus = course.aus.map((au) => {
    const attrs = [`id="${escape(au.id)}"`, `moveOn="${au.moveOn}"`, ...(au.masteryScore !== undefined ? [`masteryScore="${au.masteryScore}"`] : []), `launchMethod="${au.launchMethod}"`];
    return [`  <au ${attrs.join(' ')}>`, langstring('title', course.lang, au.title, '    '), langstring('description', course.lang, au.description, '    '), `    <url>${escape(au.url)}</url>`, '  </au>'].join('\n');
  });
  return [
    '<?xml version="1.0" encoding="utf-8"?>',
    `<courseStructure xmlns="${CMI5_NAMESPACE}">`,
    `  <course id="${escape(course.id)}">`,
    langstring('title', course.lang, course.title, '    '),
    langstring('description', course.lang, course.description, '    '),
    '  </course>',
    ...aus,
    '</courseStructure>',
    '',
  ].join('\n');
}

/** The AU for one scenario: completed and passed by its own pass rule, mastery at its pass mark. */
export function auFor(scenario: Scenario, base: string, appPath = 'app/index.html'): AuSpec {
  return {
    id: `${base.replace(/\/+$/, '')}/scenarios/${encodeURIComponent(scenario.id)}`,
    title: scenario.title,
    description: scenario.summary,
    url: `${appPath}?scenario=${encodeURIComponent(scenario.id)}`,
    moveOn: 'CompletedAndPassed',
    masteryScore: Math.round(scenario.pass.mark * 100) / 10_000,
    launchMethod: 'AnyWindow',
  };
}

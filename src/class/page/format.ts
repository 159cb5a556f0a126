/** Numbers and names as the class view shows them, in the interface language. */
import { currentLanguage, t } from '../../web/i18n/i18n.ts';
import type { ScenarioFigures, Taken } from '../scenarioFigures.ts';

export const percentText = (share: number): string => new Intl.NumberFormat(currentLanguage(), { style: 'percent', maximumFractionDigits: 0 }).format(share);

/** Statements from the LRS are named by their id; files by their path. */
export const LRS_PREFIX = 'lrs:';
export function sourceName(source: string): string {
  if (source.startsWith(LRS_PREFIX)) return t('class.lrsSource', { id: source.slice(LRS_PREFIX.length) });
  // An attempt from an attempt-history export (historyExport.ts names it `<file>#<n>`).
  const fromHistory = /^(.+\.json)#(\d+)$/i.exec(source);
  return fromHistory ? t('class.historySource', { file: fromHistory[1]!, n: Number(fromHistory[2]) }) : source;
}

/** A learner as written on their first transcript; an unnamed practice attempt by where it came from. */
export const learnerName = (name: string, source: string): string => name || t('class.unnamed', { source: sourceName(source) });

/** A response at a point, numbered as authored; the timer's silence in words. */
export const responseText = (f: ScenarioFigures, nodeId: string, taken: Taken): string =>
  taken === 'timeout' ? t('class.timerRow') : `${taken + 1}. ${f.scenario.nodes[nodeId]!.choices[taken]!.text}`;

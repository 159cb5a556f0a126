// The shape of catalogue.json: what parseSeed produces and catalogue.ts reads.

export interface CriterionData {
  code: string;
  text: string;
}

export interface ElementData {
  code: string;
  title: string;
  criteria: CriterionData[];
}

export interface KnowledgeData {
  code: string;
  text: string;
}

export interface UnitData {
  code: string;
  title: string;
  theme: string;
  elements: ElementData[];
  knowledge: KnowledgeData[];
}

export interface CatalogueData {
  source: string;
  units: UnitData[];
}

/** Something in the seed that departs from its own conventions, with where it is and what we did. */
export interface Quirk {
  /** 1-based line number in the seed file. */
  line: number;
  kind:
    | 'element-letter'
    | 'knowledge-gap'
    | 'criterion-gap'
    | 'same-line'
    | 'multi-line'
    | 'indented-code'
    | 'inner-spacing'
    | 'capitalised-text';
  code: string;
  note: string;
}

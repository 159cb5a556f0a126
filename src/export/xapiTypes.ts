/**
 * The parts of xAPI 1.0.3 statements (IEEE 9274.1.1) that Rapport writes.
 * Shapes follow the specification's names so they serialise as-is.
 */

/** RFC 5646 language tag → text. */
export type LanguageMap = Record<string, string>;

export interface XapiAccount {
  homePage: string;
  name: string;
}

/** An Agent is identified by exactly one inverse functional identifier (mbox, mbox_sha1sum, openid or account). */
export interface XapiAgent {
  objectType?: 'Agent';
  name?: string;
  mbox?: string;
  mbox_sha1sum?: string;
  openid?: string;
  account?: XapiAccount;
}

export interface XapiVerb {
  id: string;
  display: LanguageMap;
}

export interface XapiInteractionComponent {
  id: string;
  description?: LanguageMap;
}

export interface XapiActivityDefinition {
  name?: LanguageMap;
  description?: LanguageMap;
  type?: string;
  moreInfo?: string;
  interactionType?: 'choice' | 'true-false' | 'fill-in' | 'long-fill-in' | 'matching' | 'performance' | 'sequencing' | 'likert' | 'numeric' | 'other';
  choices?: XapiInteractionComponent[];
  extensions?: Record<string, unknown>;
}

export interface XapiActivity {
  objectType?: 'Activity';
  id: string;
  definition?: XapiActivityDefinition;
}

export interface XapiScore {
  scaled?: number;
  raw?: number;
  min?: number;
  max?: number;
}

export interface XapiResult {
  score?: XapiScore;
  success?: boolean;
  completion?: boolean;
  response?: string;
  duration?: string;
  extensions?: Record<string, unknown>;
}

export interface XapiContext {
  registration?: string;
  contextActivities?: {
    parent?: XapiActivity[];
    grouping?: XapiActivity[];
    category?: XapiActivity[];
    other?: XapiActivity[];
  };
  platform?: string;
  language?: string;
  extensions?: Record<string, unknown>;
}

export interface XapiStatement {
  id: string;
  actor: XapiAgent;
  verb: XapiVerb;
  object: XapiActivity;
  result?: XapiResult;
  context?: XapiContext;
  timestamp: string;
}

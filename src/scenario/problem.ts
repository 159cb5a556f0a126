/** A problem found in a scenario file, located for editors and terminals (1-based line and column). */
export interface Problem {
  path: string;
  line: number;
  col: number;
  message: string;
}

export function formatProblem(p: Problem): string {
  return `${p.path}:${p.line}:${p.col}: error: ${p.message}`;
}

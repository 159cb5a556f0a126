/** The bundled scenarios, checked when Vite builds or serves the app (scripts/checkedScenariosPlugin.ts). */
declare module 'virtual:rapport/checked-scenarios' {
  /** What the picker and links show of every accepted file, and every rejected file with its problems. */
  export const catalogue: import('./scenarioCatalogue.ts').Catalogue;
  /** Where each accepted file's full data is fetched from, by file. */
  export const urls: Record<string, string>;
}

/** The bundled scenarios, checked when Vite builds or serves the app (scripts/checkedScenariosPlugin.ts). */
declare module 'virtual:rapport/checked-scenarios' {
  const library: import('./library.ts').Library;
  export default library;
}

/** The scenario files shipped with the build. Vite inlines them; adding a YAML file to scenarios/ is all it takes. */
export const bundledScenarioFiles = import.meta.glob('/scenarios/*.yaml', { query: '?raw', import: 'default', eager: true }) as Record<string, string>;

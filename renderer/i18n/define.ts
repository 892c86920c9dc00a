// A view's own strings, Swedish and English side by side: English must have every Swedish key.
export interface AreaMessages<S extends Record<string, string>> {
  sv: S;
  en: { [K in keyof S]: string };
}

export function defineMessages<const S extends Record<string, string>>(m: AreaMessages<S>): AreaMessages<S> {
  return m;
}

/**
 * Errors for people: a DomainError carries an i18n key of the `errors` namespace (e.g. 'taxId.invalid')
 * and the values to interpolate into it ({{param}}). The UI translates `code` with `params`;
 * every code thrown or returned by the domain has a translation in locales/{es,ro,en}/errors.json.
 */
export type ErrorParams = Record<string, string | number>

export class DomainError extends Error {
  public readonly code: string
  public readonly params: ErrorParams

  constructor(code: string, params: ErrorParams = {}) {
    super(params && Object.keys(params).length > 0 ? `${code} ${JSON.stringify(params)}` : code)
    this.name = 'DomainError'
    this.code = code
    this.params = params
  }
}

export function isDomainError(e: unknown): e is DomainError {
  return e instanceof DomainError
}

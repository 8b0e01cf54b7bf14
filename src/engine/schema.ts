// Tiny validation combinators: each check appends "<path> <problem>" messages
// and returns whether the value passed, so one pass reports every problem.

export type Check = (value: unknown, path: string, errors: string[]) => boolean

export const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v)

export function rule(test: (v: unknown) => boolean, problem: string): Check {
  return (value, path, errors) => {
    if (test(value)) return true
    errors.push(`${path} ${problem}`)
    return false
  }
}

const isNumber = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v)

/** A non-empty string of at most `max` characters (the limits keep the widget fast and its layout whole). */
export const textOf = (max: number): Check =>
  rule(v => typeof v === 'string' && v.trim() !== '' && v.length <= max, `must be a non-empty string of at most ${max} characters`)
export const text = textOf(100)
export const id = rule(
  v => typeof v === 'string' && /^[a-z0-9][a-z0-9-]*$/.test(v) && v.length <= 60,
  'must be an id of at most 60 lowercase letters, digits and dashes'
)
// The largest number the data may give (a salary, a job count, a weight): it catches
// figures with several zeros too many, yet fits a yearly salary in any currency.
export const positive = rule(v => isNumber(v) && v > 0 && v <= 1e9, 'must be a positive number of at most 1,000,000,000')
/** An ISO 4217 code this JavaScript engine can format: `Intl.supportedValuesOf` lists only such codes, in capitals. */
export const currency = rule(v => Intl.supportedValuesOf('currency').includes(v as string), 'must be an ISO 4217 currency code such as "USD"')
export const unit = between(-1, 1)
export const percent = between(0, 100)

export function between(min: number, max: number): Check {
  return rule(v => isNumber(v) && v >= min && v <= max, `must be a number from ${min} to ${max}`)
}

export function oneOf(...allowed: readonly string[]): Check {
  return rule(v => allowed.includes(v as string), `must be one of ${allowed.map(a => `"${a}"`).join(', ')}`)
}

/** Passes when the value is missing or null, else applies `check`. */
export function nullable(check: Check): Check {
  return (value, path, errors) => value === undefined || value === null || check(value, path, errors)
}

/** Passes when the value is missing, else applies `check`. */
export function optional(check: Check): Check {
  return (value, path, errors) => value === undefined || check(value, path, errors)
}

/** Checks the listed own keys of an object (never inherited ones); other keys are allowed. */
export function object(shape: Record<string, Check>): Check {
  return (value, path, errors) => {
    if (!isRecord(value)) {
      errors.push(`${path} must be an object`)
      return false
    }
    let ok = true
    for (let key in shape) {
      if (Object.hasOwn(shape, key)) ok = shape[key]!(Object.hasOwn(value, key) ? value[key] : undefined, `${path}.${key}`, errors) && ok
    }
    return ok
  }
}

/** A list of `min` to `max` items, each passing `item`. */
export function list(item: Check, min = 0, max = 50): Check {
  return (value, path, errors) => {
    if (!Array.isArray(value)) {
      errors.push(`${path} must be a list`)
      return false
    }
    if (value.length < min) {
      errors.push(`${path} must have at least ${min} item${min === 1 ? '' : 's'}`)
      return false
    }
    if (value.length > max) {
      errors.push(`${path} must have at most ${max} items`)
      return false
    }
    let ok = true
    value.forEach((v, i) => {
      ok = item(v, `${path}[${i}]`, errors) && ok
    })
    return ok
  }
}

export function recordOf(item: Check): Check {
  return (value, path, errors) => {
    if (!isRecord(value)) {
      errors.push(`${path} must be an object`)
      return false
    }
    let ok = true
    for (let key of Object.keys(value)) ok = item(value[key], `${path}.${key}`, errors) && ok
    return ok
  }
}

// Compiled by `tsc -p test` (npm run typecheck), never run: what the public types of
// languages and wording accept and refuse. Each @ts-expect-error must stay an error.
import { mount, type LocalePack, type MessageKey, type MountOptions } from '../../src/index'

const target = '#quiz'

// Built-in languages, with or without a region, need no pack.
mount(target, { locale: 'fr' })
mount(target, { locale: 'de-AT', theme: 'dark' })
// @ts-expect-error: a language we don't ship needs a pack
mount(target, { locale: 'pt' })
// Any language tag with a pack: an object or the URL of its file.
const pack: LocalePack = { locale: 'ar', dir: 'rtl', numbers: 'ar-EG', messages: { intro: { start: 'ابدأ' } } }
mount(target, { locale: 'ar', localePack: pack })
mount(target, { locale: 'pt-BR', localePack: '/career-fit.pt.js' })
// @ts-expect-error: a pack names its language
mount(target, { localePack: pack })
// @ts-expect-error: dir is ltr or rtl
const sideways: LocalePack = { dir: 'ttb', messages: {} }

// Wording by key, for every language or for one.
mount(target, { messages: { 'intro.heading': 'Find your role', 'results.bands.strong': 'Great fit' } })
mount(target, { locale: 'fr', messages: { fr: { 'intro.heading': 'Trouvez votre poste' } } })
// @ts-expect-error: an unknown key
mount(target, { messages: { 'intro.title': 'Find your role' } })
const key: MessageKey = 'share.copy'
// @ts-expect-error: a group is not a key
const group: MessageKey = 'results.bands'
// @ts-expect-error: pack strings are text
const wrong: LocalePack = { messages: { intro: { start: 3 } } }

export const checked: unknown[] = [sideways, key, group, wrong, {} satisfies MountOptions]

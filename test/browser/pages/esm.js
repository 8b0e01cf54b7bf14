// A bundler user's view: named imports from dist/career-fit.mjs, no global.
import { defineElement, mount, version } from '/dist/career-fit.mjs'

defineElement()
window.esm = { version, hasGlobal: 'CareerFit' in window, widget: mount('#host', { locale: 'es' }) }

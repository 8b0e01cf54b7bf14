// A bundler user's popup widget: popup mode comes as a chunk career-fit.mjs imports on demand.
import { mount } from '/dist/career-fit.mjs'

window.widget = mount('#host', { mode: 'popup' })

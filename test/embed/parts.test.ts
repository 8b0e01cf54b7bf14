// @vitest-environment jsdom
import { afterEach, expect, test } from 'vitest'
import { mount } from '../../src/embed/mount'

afterEach(() => {
  document.body.innerHTML = ''
  localStorage.clear()
})

// The README documents these ::part() names; a site owner's theme breaks silently if one goes missing.
test('exposes the documented parts on the intro and on a question', async () => {
  document.body.innerHTML = '<div id="quiz"></div>'
  let widget = mount('#quiz')
  let shadow = document.getElementById('quiz')!.shadowRoot!
  let parts = () => new Set([...shadow.querySelectorAll('[part]')].flatMap(el => el.getAttribute('part')!.split(' ')))
  expect(parts()).toEqual(new Set(['root', 'screen']))
  shadow.querySelector<HTMLButtonElement>('button')!.click()
  await expect.poll(() => shadow.querySelectorAll('[part~="option"]').length).toBeGreaterThan(2)
  expect(parts()).toEqual(new Set(['root', 'screen', 'progress', 'option']))
  widget.destroy()
})

// The peer quiz: our questions and scoring (dist/engine.mjs) rendered by SurveyJS, one question per page.
/* global Survey, SurveyUI */
import { questions, score, SKIP } from '/dist/engine.mjs'

const SKIP_LABEL = 'Not sure / skip'

let json = {
  showQuestionNumbers: 'off',
  showCompletedPage: true,
  pages: questions.map(q => ({
    name: q.id,
    elements: [{
      type: 'radiogroup',
      name: q.id,
      title: q.text,
      choices: [...q.options.map(o => ({ value: o.id, text: o.label })), { value: SKIP, text: SKIP_LABEL }]
    }]
  }))
}

function escape(text) {
  return text.replace(/[&<>"]/g, c => `&#${c.charCodeAt(0)};`)
}

// Scores before SurveyJS switches to the completed page, so the page renders with the result in it.
function showResult(model) {
  let top = score(model.data).ranking[0]
  model.completedHtml = `<h2>Your best fit: ${escape(top.title)}</h2><p>${top.match}% match</p>`
}

/**
 * Renders one quiz into `el`; the bench's memory test mounts and destroys it many times.
 *
 * ```js
 * let handle = mountPeer(document.querySelector('#survey'))
 * handle.destroy()
 * ```
 */
function mountPeer(el) {
  let model = new Survey.Model(json)
  model.onCompleting.add(showResult)
  SurveyUI.renderSurvey(model, el)
  return {
    destroy() {
      SurveyUI.unmountComponentAtNode(el)
      model.dispose()
    }
  }
}

window.BenchPeer = { mount: mountPeer }
mountPeer(document.querySelector('#survey'))

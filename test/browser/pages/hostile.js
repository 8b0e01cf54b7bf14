// Globals and prototype changes that break widgets which sniff or iterate carelessly.
Object.prototype.polluted = 1
Array.prototype.extra = function () {}
window.define = function () { throw new Error('the widget called the page\'s AMD define') }
window.define.amd = {}
window.module = { exports: {} }
window.exports = window.module.exports
window.h = function () { throw new Error('the widget called the page\'s global h') }
window.preact = { h: window.h, render: window.h, Component: function () {} }

// The ES module entry for bundlers: mount(), the custom element, the engine, and public types.
export { defineElement } from './embed/element'
export { mount, version } from './embed/mount'
export type { CareerFitHandle, MountOptions } from './embed/mount'
export type { BuiltInLocaleTag, LocaleOptions, MessagesOption, MountSettings } from './embed/options'
export type { BuiltInLocale, LocalePack, MessageKey, MessageOverrides, Messages } from './i18n/messages'
export type { DataStrings } from './i18n/localize-data'
export type { CtaTarget, Mode, Theme } from './embed/options'
export type {
  CareerFitEventMap, CompleteDetail, CtaDetail, PopupDetail, RankedMatch, ReadyDetail, ShareDetail, StepDetail
} from './embed/events'
export { defaultData, parseQuizData, score } from './engine'
export type { Answers, QuizData, RankedRole, Result } from './engine'

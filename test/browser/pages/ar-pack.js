// A small Arabic pack, written and hosted the way a site owner would: a same-origin
// script that leaves it on window.CareerFitLocales. It translates most strings and the
// role titles; what it leaves out shows in English, with one console warning.
;(self.CareerFitLocales ??= {}).ar = {
  locale: 'ar',
  dir: 'rtl',
  numbers: 'ar-EG',
  messages: {
    common: { back: 'رجوع', next: 'التالي', startOver: 'البدء من جديد', topMatch: 'الأنسب لك: {role}، {match}' },
    intro: {
      heading: 'ما الدور الإداري الذي يناسبك؟',
      lead: 'أجب عن أسئلة قصيرة عن العمل الذي تستمتع به وما تريده من وظيفتك. نقارن إجاباتك بـ {roles} أدوار إدارية استنادًا إلى بيانات منشورة عن المهارات والرواتب.',
      length: '{count} سؤالًا، نحو {minutes} دقائق',
      get: 'ستعرف الدور الأنسب لك، ولماذا يناسبك، وكيف تقارن الأدوار الأخرى، مع رابط لمشاركة نتيجتك.',
      privacy: 'تبقى إجاباتك في هذا المتصفح: لا يُرسَل أي شيء إلى أي مكان.',
      start: 'ابدأ الاختبار',
      resume: 'تابع من حيث توقفت'
    },
    question: { progress: 'السؤال {n} من {total}', skip: 'لست متأكدًا / تخطَّ', missing: 'اختر إجابة أو «لست متأكدًا / تخطَّ» للمتابعة' },
    review: {
      heading: 'راجع إجاباتك', lead: 'غيّر أي إجابة قبل أن ترى نتيجتك.', skipped: 'تم التخطي',
      change: 'تغيير', changeLabel: 'غيّر إجابتك عن: {question}', finish: 'اعرض نتائجي'
    },
    results: {
      heading: 'الأنسب لك: {role}', changeAnswers: 'غيّر الإجابات', retake: 'أعد الاختبار',
      robust: 'توافق واضح', lean: 'ميل نحو {role}', tossUp: 'تعادل بين {first} و{second}',
      ranking: 'كل الأدوار مرتبة', match: 'توافق {percent}',
      bands: { strong: 'توافق قوي', good: 'توافق جيد', fair: 'توافق متوسط', weak: 'توافق ضعيف' },
      chart: 'مقارنة الرواتب', change: 'ما الذي قد يغيّر نتيجتك', method: 'كيف حسبنا ذلك',
      whyNot: 'لماذا ليس {role}؟', sources: 'المصادر', role: 'الدور', average: 'المتوسط', min: 'الأدنى', max: 'الأعلى',
      facts: { average: 'متوسط الراتب', range: 'نطاق الراتب', hourly: 'الأجر بالساعة', growth: 'نمو الوظائف', jobs: 'عدد الوظائف' },
      range: 'من {min} إلى {max}'
    },
    share: { heading: 'شارك نتيجتك', link: 'رابط نتيجتك', native: 'مشاركة', copy: 'انسخ الرابط', copied: 'تم نسخ الرابط' }
  },
  data: {
    roles: {
      'client-program-manager': { title: 'مدير برامج العملاء' },
      'lead-program-manager': { title: 'مدير البرامج الرئيسي' },
      'product-manager': { title: 'مدير المنتج' },
      'program-manager': { title: 'مدير البرامج' },
      'project-manager': { title: 'مدير المشاريع' }
    },
    scale: { avoid: 'سأتجنبه', little: 'ليس كثيرًا', neutral: 'لا بأس', enjoy: 'سأستمتع به', love: 'سأحبه كثيرًا' }
  }
}

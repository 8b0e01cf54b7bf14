// Personas written from the role descriptions in data/sources/*.txt, before
// looking at their scores. Each says why it should get its role, quoting the source.
import { describe, expect, test } from 'vitest'
import { defaultData, score, type Answers } from '../../src/engine'

const { questions } = defaultData

/** Every question answered with the option at `index` (clamped to the last). */
const sameOptionEverywhere = (index: number): Answers =>
  Object.fromEntries(questions.map(q => [q.id, q.options[Math.min(index, q.options.length - 1)]!.id]))

const allSkillsAt = (optionId: string): Answers =>
  Object.fromEntries(questions.flatMap(q => (q.kind === 'skill' ? [[q.id, optionId]] : [])))

describe('clear personas get their role, robustly', () => {
  const PERSONAS: { name: string; role: string; answers: Answers }[] = [
    {
      // "They develop trusted and strong relationships with their customers through accurate and
      // timely communications"; top skills "project management, client facing and program
      // management", then "POS, 9%"; "Best paying industryFinance"; they "execute, deliver,
      // coordinate, and track customer projects" and "evaluate the risks of customer projects".
      name: 'the client-facing finance person who loves client work and point of sale',
      role: 'client-program-manager',
      answers: {
        'work-with': 'clients', direction: 'mostly-execution', scope: 'many-projects',
        'plan-projects': 'enjoy', 'coordinate-projects': 'enjoy', 'client-contact': 'love', 'point-of-sale': 'love',
        'allocate-budgets': 'little', infrastructure: 'little', lifecycle: 'neutral', 'improve-processes': 'neutral',
        'customer-needs': 'neutral', 'lead-present': 'neutral', 'manage-risks': 'enjoy',
        'cross-department': 'little', industry: 'finance', salary: '70-90k', 'salary-importance': 'somewhat'
      }
    },
    {
      // "responsible for coordinating departmental projects ... to achieve long-term goals";
      // "strategize techniques in developing business plans and managing budget allocation across
      // departments"; skills "Portfolio, 6%", "Infrastructure, 5%", "Lifecycle Management",
      // "Continuous Improvement"; "Best paying industry ... Technology"; average salary "$119,480".
      name: 'the strategist who leads across departments, budgets and infrastructure in tech',
      role: 'lead-program-manager',
      answers: {
        'work-with': 'even', direction: 'mostly-strategy', scope: 'many-projects',
        'plan-projects': 'enjoy', 'coordinate-projects': 'love', 'client-contact': 'neutral', 'point-of-sale': 'avoid',
        'allocate-budgets': 'love', infrastructure: 'love', lifecycle: 'enjoy', 'improve-processes': 'enjoy',
        'customer-needs': 'neutral', 'lead-present': 'enjoy', 'manage-risks': 'neutral',
        'cross-department': 'very', industry: 'technology', salary: '110-130k', 'salary-importance': 'somewhat'
      }
    },
    {
      // "They have to complete market research ... and understand customer needs"; "Come up with a
      // product strategy"; "Figure out the product lifecycle of all company products"; "Prioritization
      // is needed"; "mostly the continual maintenance and oversight of existing products"; average
      // "$111,174".
      name: 'the customer researcher who sets product strategy for one product over its life',
      role: 'product-manager',
      answers: {
        'work-with': 'internal-some-clients', direction: 'strategy', scope: 'product',
        'plan-projects': 'neutral', 'coordinate-projects': 'little', 'client-contact': 'little', 'point-of-sale': 'avoid',
        'allocate-budgets': 'enjoy', infrastructure: 'neutral', lifecycle: 'love', 'improve-processes': 'enjoy',
        'customer-needs': 'love', 'lead-present': 'enjoy', 'manage-risks': 'neutral',
        'cross-department': 'some', industry: 'technology', salary: '110-130k', 'salary-importance': 'somewhat'
      }
    },
    {
      // "managing and coordinating the interdependencies among various projects"; "Excellent
      // leadership skills are needed to manage multiple teams"; "Great communication and
      // interpersonal skills"; "Good conflict resolution and risk management skills"; "Meet and
      // update stakeholders and senior management"; average "$94,917".
      name: 'the leader and communicator who coordinates many projects and their risks',
      role: 'program-manager',
      answers: {
        'work-with': 'internal-some-clients', direction: 'mostly-strategy', scope: 'many-projects',
        'plan-projects': 'neutral', 'coordinate-projects': 'love', 'client-contact': 'little', 'point-of-sale': 'avoid',
        'allocate-budgets': 'neutral', infrastructure: 'little', lifecycle: 'neutral', 'improve-processes': 'neutral',
        'customer-needs': 'enjoy', 'lead-present': 'love', 'manage-risks': 'love',
        'cross-department': 'quite', industry: 'other', salary: '90-110k', 'salary-importance': 'somewhat'
      }
    },
    {
      // "Project management is an action-based role where the project manager is responsible for
      // execution"; "Their focus is on schedules, budgets, and deliverables"; "mostly focuses on
      // individual projects rather than an entire product"; "often called the Scrum Master ... Agile
      // development processes"; average "$87,368".
      name: 'the hands-on executor of one project at a time',
      role: 'project-manager',
      answers: {
        'work-with': 'internal', direction: 'execution', scope: 'one-project',
        'plan-projects': 'love', 'coordinate-projects': 'neutral', 'client-contact': 'little', 'point-of-sale': 'little',
        'allocate-budgets': 'little', infrastructure: 'neutral', lifecycle: 'little', 'improve-processes': 'neutral',
        'customer-needs': 'little', 'lead-present': 'neutral', 'manage-risks': 'neutral',
        'cross-department': 'none', industry: 'technology', salary: '70-90k', 'salary-importance': 'somewhat'
      }
    },
    // The pairs the sources set against each other, one persona on each side.
    {
      // Program, not lead program manager. Program managers need "Excellent leadership skills",
      // "Great communication and interpersonal skills", "Good conflict resolution and risk management
      // skills" and "A good understanding of strategy development and product development"; the lead
      // program manager's listed skills are "Portfolio", "Infrastructure", "Lifecycle Management".
      name: 'the communicator who resolves conflicts between teams, not budgets or infrastructure',
      role: 'program-manager',
      answers: {
        'coordinate-projects': 'enjoy', 'lead-present': 'love', 'manage-risks': 'love', 'customer-needs': 'enjoy',
        'allocate-budgets': 'little', infrastructure: 'avoid', lifecycle: 'little',
        'work-with': 'internal-some-clients', scope: 'many-projects', 'cross-department': 'some'
      }
    },
    {
      // Lead, not program manager: "managing budget allocation across departments"; "Portfolio, 6%",
      // "Infrastructure, 5%", "Lifecycle Management, 4%", "Continuous Improvement, 4%"; best-paying
      // industry "Technology"; average "$119,480" against the program manager's "$94,917".
      name: 'the portfolio and infrastructure lead in technology who aims high',
      role: 'lead-program-manager',
      answers: {
        'coordinate-projects': 'enjoy', 'allocate-budgets': 'love', infrastructure: 'love', lifecycle: 'enjoy',
        'improve-processes': 'enjoy', 'lead-present': 'neutral', 'manage-risks': 'neutral', 'customer-needs': 'little',
        'cross-department': 'very', industry: 'technology', salary: '110-130k', 'salary-importance': 'a-lot'
      }
    },
    {
      // Client program, not project manager: both "execute, deliver, coordinate, and track" projects,
      // but the client program manager "develop[s] trusted and strong relationships with their
      // customers" ("Client Facing, 13%", "Client Relationships, 8%", "POS, 9%"), best-paying industry
      // "Finance".
      name: 'the project runner who wants to do it for clients, in finance',
      role: 'client-program-manager',
      answers: {
        'plan-projects': 'love', 'client-contact': 'love', 'point-of-sale': 'enjoy',
        'work-with': 'clients', scope: 'one-project', direction: 'mostly-execution', industry: 'finance'
      }
    },
    {
      // Project, not client program manager: "an action-based role ... responsible for execution",
      // "mostly focuses on individual projects", "schedules, budgets, and deliverables", working with
      // the product and program manager, that is inside the company.
      name: 'the project runner who would rather not face clients',
      role: 'project-manager',
      answers: {
        'plan-projects': 'love', 'client-contact': 'avoid', 'point-of-sale': 'avoid',
        'work-with': 'internal', scope: 'one-project', direction: 'execution', 'cross-department': 'little'
      }
    },
    {
      // Product, not program manager: "decide what products to build and launch"; "understand
      // customer needs"; "Figure out the product lifecycle"; program management "is focused on
      // lateral support", which this visitor doesn't want.
      name: 'the product owner for life who does not want to coordinate other teams',
      role: 'product-manager',
      answers: {
        'customer-needs': 'love', lifecycle: 'love', 'coordinate-projects': 'little', 'lead-present': 'enjoy',
        scope: 'product', direction: 'strategy', 'cross-department': 'some'
      }
    },
    {
      // Program, not product manager: "oversees and coordinates with different products, projects, and
      // other strategic initiatives"; "managing multiple projects"; "maintain collaboration and
      // communication between different project teams, departments, and product teams".
      name: 'the coordinator of many products who leaves the product decisions to others',
      role: 'program-manager',
      answers: {
        'coordinate-projects': 'love', 'lead-present': 'love', 'customer-needs': 'neutral', lifecycle: 'little',
        scope: 'many-projects', direction: 'balance', 'cross-department': 'quite'
      }
    }
  ]

  test.each(PERSONAS)('$name → $role', ({ role, answers }) => {
    let result = score(answers)
    expect(result.ranking[0]!.id).toBe(role)
    expect(result.stability).toBe('robust')
    expect(result.lowSignal).toBe(false)
  })

  test('covers every role, with one persona on each side of each pair the sources compare', () => {
    expect(new Set(PERSONAS.map(p => p.role))).toEqual(new Set(defaultData.roles.map(r => r.id)))
    expect(PERSONAS.length).toBeGreaterThanOrEqual(11)
  })
})

describe('edge personas', () => {
  test('someone who answers nothing gets a neutral, low-signal result', () => {
    let result = score({})
    expect(result.lowSignal).toBe(true)
    expect(result.ranking.every(r => r.match === 50)).toBe(true)
    expect(result.counterfactual).toBeNull()
  })

  test('someone who loves every skill and says nothing else tells no role apart', () => {
    let result = score(allSkillsAt('love'))
    expect(result.lowSignal).toBe(true)
    expect(new Set(result.ranking.map(r => r.match)).size).toBe(1)
  })

  // First option everywhere: "avoid" on every skill (the same for every role), and on
  // the preferences "Mostly internal teams", "hands-on execution", "One project at a
  // time", "stay within one team": the source's "action-based role" of the project
  // manager, who "mostly focuses on individual projects".
  test('someone who clicks the first answer everywhere is led by those preferences', () => {
    let result = score(sameOptionEverywhere(0))
    expect(result.ranking[0]!.id).toBe('project-manager')
    let skillPoints = result.ranking.map(role => role.contributions.filter(c => c.kind === 'skill').reduce((sum, c) => sum + c.points, 0))
    for (let points of skillPoints) expect(points).toBeCloseTo(skillPoints[0]!, 9)
  })

  // A program manager drifting toward product: "a program manager can get on a product
  // manager career path, especially if they've been working with a specific company's
  // products for a while". They love customer research ("understand customer needs") and
  // want one product ("One product over its whole life") but still enjoy coordinating
  // projects and leading ("Excellent leadership skills are needed to manage multiple teams").
  test('the program manager turning product manager is a toss-up between the two', () => {
    let result = score({
      'work-with': 'internal-some-clients', direction: 'mostly-strategy', scope: 'product',
      'plan-projects': 'neutral', 'coordinate-projects': 'enjoy', 'client-contact': 'little', 'point-of-sale': 'avoid',
      'allocate-budgets': 'neutral', infrastructure: 'little', lifecycle: 'enjoy', 'improve-processes': 'neutral',
      'customer-needs': 'love', 'lead-present': 'love', 'manage-risks': 'enjoy',
      'cross-department': 'quite', industry: 'other', salary: '90-110k', 'salary-importance': 'somewhat'
    })
    expect(result.stability).toBe('toss-up')
    expect(result.margin).toBeLessThan(3)
    expect(result.ranking.slice(0, 2).map(r => r.id).sort()).toEqual(['product-manager', 'program-manager'])
    expect(result.counterfactual?.newTop).toBe(result.ranking[1]!.id)
  })

  // Answers only what they care about: "decide what products to build and launch" (strategy,
  // one product) while loving to lead and coordinate. Product manager leads, but one step on
  // scope ("Several related projects at once") would hand it to a program role.
  test('the product strategist who skips most questions leans product manager', () => {
    let result = score({
      scope: 'product', direction: 'strategy',
      'coordinate-projects': 'love', 'lead-present': 'love', 'customer-needs': 'enjoy'
    })
    expect(result.ranking[0]!.id).toBe('product-manager')
    expect(result.stability).toBe('lean')
    expect(result.margin).toBeGreaterThanOrEqual(3)
    expect(result.counterfactual?.questionId).toBe('scope')
  })
})

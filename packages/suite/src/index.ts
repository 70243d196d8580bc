export * from './runner.js'
export * from './report.js'
export * from './plan.js'
export * from './html.js'

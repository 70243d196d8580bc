export * from './errors.js'
export * from './result.js'
export * from './context.js'
export * from './version.js'

export * from './sha256.js'
export * from './paths.js'
export * from './glob.js'
export * from './atomic.js'

export * from './ajv.js'
export * from './load.js'

export * from './thrift.js'
export * from './encoding.js'
export * from './writer.js'
export * from './footer.js'

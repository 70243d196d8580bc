export * from './reference.js'
export * from './media.js'
export * from './client.js'
export * from './credentials.js'

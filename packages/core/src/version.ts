import pkg from '../../../package.json' with { type: 'json' }

/** The version of ai-act-gates, from the root package.json. */
export const VERSION: string = pkg.version

/** The tool name used in reports. */
export const TOOL_NAME = 'ai-act-gates'

/** Where the project lives, for SARIF and in-toto identifiers. */
export const TOOL_URI = 'https://github.com/ai-act-gates/ai-act-gates'

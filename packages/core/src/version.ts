/** The version of ai-act-gates; a test keeps it equal to the root package.json's. */
export const VERSION = '0.1.0'

/** The tool name used in reports. */
export const TOOL_NAME = 'ai-act-gates'

/** Where the project lives, for SARIF and in-toto identifiers. */
export const TOOL_URI = 'https://github.com/ai-act-gates/ai-act-gates'

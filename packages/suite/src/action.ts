import { runSuiteAction } from './suite-action.js'

await runSuiteAction()

import type { AppInfo } from '../../contract/channels'
import type { HandlerDeps } from './deps'

export function getAppInfo(deps: HandlerDeps): AppInfo {
  return {
    version: deps.appVersion,
    documentsDir: deps.paths.documentsDir,
    userDataDir: deps.paths.userDataDir,
    platform: deps.platform,
  }
}

// electron-store cannot load here (it imports the real electron). It is Conf plus Electron's
// userData folder as the default `cwd`, so tests stand in Conf itself with a given folder.
import Conf from 'conf'

export function confBackedStore(defaultCwd: () => string): new (options?: Record<string, unknown>) => object {
  return class ElectronStoreStandIn extends Conf<Record<string, unknown>> {
    constructor(options: Record<string, unknown> = {}) {
      const { name, ...rest } = options
      super({ ...rest, configName: (name as string | undefined) ?? 'config', cwd: (rest['cwd'] as string | undefined) ?? defaultCwd() })
    }
  }
}

// A file opened here directly opened and was checked: there is nothing to recover. When a file
// fails to open, the recoverable core (recovery/recoverable-core.ts) answers these instead.
import type { recoveryContract } from '@shared/contract/recovery'
import { nothingToRecover } from '../../recovery/recovery-errors'
import type { HandlersFor } from '../handler-types'

export function createRecoveryHandlers(): HandlersFor<keyof typeof recoveryContract> {
  return {
    'recovery.status': () => ({ needed: false }),
    'recovery.check': () => ({ needed: false }),
    'recovery.restore': () => {
      throw nothingToRecover()
    },
    'recovery.restoreFile': () => {
      throw nothingToRecover()
    },
    'recovery.openFile': () => {
      throw nothingToRecover()
    },
    'recovery.createFile': () => {
      throw nothingToRecover()
    }
  }
}

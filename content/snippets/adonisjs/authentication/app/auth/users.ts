import { symbols } from '@adonisjs/auth'
import type { SessionGuardUser, SessionUserProviderContract } from '@adonisjs/auth/types/session'

export type User = { id: number; name: string; password: string }

// One hard-coded user with an scrypt hash made by hash.make('lovelace'). The starter kit's
// sessionUserProvider reads a Lucid User model instead; this provider serves the guard from memory.
export const USERS: User[] = [
  {
    id: 1,
    name: 'ada',
    password:
      '$scrypt$n=16384,r=8,p=1$7atFwG38iAt+zR712u+wZA$ldC/J/cgtr3UNT+K5ZehfAox4udveB1yM3Zp+HKTA14CKbcSk9AtRFqgE/n2T30kvxLLSrXm74URpXI0b1PiwQ',
  },
]

export class HardcodedUserProvider implements SessionUserProviderContract<User> {
  declare [symbols.PROVIDER_REAL_USER]: User

  async createUserForGuard(user: User): Promise<SessionGuardUser<User>> {
    return { getId: () => user.id, getOriginal: () => user }
  }

  async findById(id: string | number | BigInt) {
    const user = USERS.find((u) => u.id === Number(id))
    return user ? this.createUserForGuard(user) : null
  }
}

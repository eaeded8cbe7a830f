import router from '@adonisjs/core/services/router'
import hash from '@adonisjs/core/services/hash'
import { USERS } from '#auth/users'

router.post('/login', async ({ request, auth, response }) => {
  const { user: name, password } = request.only(['user', 'password'])
  const user = USERS.find((u) => u.name === name)
  if (!user || !(await hash.verify(user.password, String(password)))) {
    return response.unauthorized({ error: 'Invalid credentials' })
  }
  await auth.use('web').login(user) // stores the user id in the session
  return { user: user.name }
})

// auth.check() instead of the auth middleware, whose session guard redirects browsers to a login page.
router.get('/me', async ({ auth, response }) => {
  if (!(await auth.check())) return response.unauthorized({ error: 'Not logged in' })
  return { user: auth.getUserOrFail().name }
})

import router from '@adonisjs/core/services/router'
import { createUserValidator } from '#validators/user'

router.post('/users', async ({ request, response }) => {
  const user = await request.validateUsing(createUserValidator)
  return response.created(user)
})

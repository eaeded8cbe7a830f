import router from '@adonisjs/core/services/router'

router.get('/hello/:name', ({ params }) => {
  return { message: `Hello, ${params.name}` }
})

import router from '@adonisjs/core/services/router'
import Note from '#models/note'

router.post('/notes', async ({ request, response }) => {
  const note = await Note.create({ text: request.input('text') })
  return response.created(note)
})

// findOrFail throws E_ROW_NOT_FOUND, which the exception handler turns into a 404.
router.get('/notes/:id', async ({ params }) => {
  return Note.findOrFail(params.id)
})

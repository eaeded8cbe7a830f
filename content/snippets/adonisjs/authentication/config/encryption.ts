import { defineConfig, drivers } from '@adonisjs/core/encryption'

export default defineConfig({
  default: 'cbc',
  list: {
    cbc: drivers.aes256cbc({ id: 'cbc', keys: [process.env.APP_KEY!] }),
  },
})

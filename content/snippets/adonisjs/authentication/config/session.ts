import { defineConfig, stores } from '@adonisjs/session'

// The session lives in an encrypted cookie (APP_KEY), as in the Hypermedia starter kit.
export default defineConfig({
  enabled: true,
  cookieName: 'adonis-session',
  clearWithBrowser: true,
  age: '2h',
  cookie: { path: '/', httpOnly: true, sameSite: 'lax' },
  store: 'cookie',
  stores: { cookie: stores.cookie() },
})

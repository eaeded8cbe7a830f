import {randomBytes} from 'node:crypto';
import {
  authenticate,
  AuthenticationComponent,
  AuthenticationStrategy,
  registerAuthenticationStrategy,
} from '@loopback/authentication';
import {inject} from '@loopback/core';
import {get, HttpErrors, post, Request, requestBody, RestApplication} from '@loopback/rest';
import {SecurityBindings, securityId, UserProfile} from '@loopback/security';

// One hard-coded user. @loopback/authentication runs strategies but issues no
// tokens (@loopback/authentication-jwt adds JWTs), so logins get a random
// opaque token remembered in memory.
const USERS = new Map([['ada', 'lovelace']]);
const tokens = new Map<string, string>();

class TokenStrategy implements AuthenticationStrategy {
  name = 'token';

  async authenticate(request: Request): Promise<UserProfile | undefined> {
    const [scheme, token] = request.headers.authorization?.split(' ') ?? [];
    const user = scheme === 'Bearer' ? tokens.get(token) : undefined;
    // undefined means no user: the component answers 401
    return user ? {[securityId]: user, name: user} : undefined;
  }
}

class AuthController {
  @post('/login')
  async login(@requestBody() body: {user: string; password: string}) {
    if (!body.password || USERS.get(body.user) !== body.password) {
      throw new HttpErrors.Unauthorized('Invalid user or password');
    }
    const token = randomBytes(32).toString('base64url');
    tokens.set(token, body.user);
    return {token};
  }

  @authenticate('token')
  @get('/me')
  async me(@inject(SecurityBindings.USER) user: UserProfile) {
    return {user: user.name};
  }
}

async function main() {
  const app = new RestApplication({
    rest: {host: '127.0.0.1', port: Number(process.env.PORT)},
  });
  app.component(AuthenticationComponent);
  registerAuthenticationStrategy(app, TokenStrategy);
  app.controller(AuthController);
  await app.start();
}

main().catch(err => {
  console.error(err);
  process.exit(1);
});

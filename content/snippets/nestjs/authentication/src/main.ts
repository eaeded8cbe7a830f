import { randomBytes } from 'node:crypto';
import {
  Body, CanActivate, Controller, ExecutionContext, Get, HttpCode, Injectable, Module, Post, Req,
  UnauthorizedException, UseGuards,
} from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { JwtModule, JwtService } from '@nestjs/jwt';
import type { Request } from 'express';

// One hard-coded user; @nestjs/jwt signs tokens but has no user store or password hashing.
const USERS = new Map([['ada', 'lovelace']]);

@Injectable()
class AuthGuard implements CanActivate {
  constructor(private readonly jwt: JwtService) {}

  async canActivate(context: ExecutionContext) {
    const req = context.switchToHttp().getRequest<Request & { user?: string }>();
    const [scheme, token] = req.headers.authorization?.split(' ') ?? [];
    if (scheme !== 'Bearer' || !token) throw new UnauthorizedException();
    try {
      req.user = (await this.jwt.verifyAsync<{ sub: string }>(token)).sub;
    } catch {
      throw new UnauthorizedException();
    }
    return true;
  }
}

@Controller()
class AuthController {
  constructor(private readonly jwt: JwtService) {}

  @Post('login')
  @HttpCode(200)
  async login(@Body() body: { user: string; password: string }) {
    if (!body.password || USERS.get(body.user) !== body.password) throw new UnauthorizedException();
    return { access_token: await this.jwt.signAsync({ sub: body.user }) };
  }

  @Get('me')
  @UseGuards(AuthGuard)
  me(@Req() req: Request & { user: string }) {
    return { user: req.user };
  }
}

@Module({
  imports: [JwtModule.register({ secret: randomBytes(32).toString('hex'), signOptions: { expiresIn: '1h' } })],
  controllers: [AuthController],
  providers: [AuthGuard],
})
class AppModule {}

async function bootstrap() {
  const app = await NestFactory.create(AppModule);
  await app.listen(Number(process.env.PORT), '127.0.0.1');
}
void bootstrap();

import { randomUUID } from 'node:crypto';
import {
  Controller, Get, Injectable, MiddlewareConsumer, Module, NestMiddleware, NestModule,
} from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { NextFunction, Request, Response } from 'express';

@Injectable()
class RequestIdMiddleware implements NestMiddleware {
  use(req: Request, res: Response, next: NextFunction) {
    res.setHeader('X-Request-Id', randomUUID());
    next();
  }
}

@Controller()
class AppController {
  @Get()
  index() {
    return 'ok';
  }
}

@Module({ controllers: [AppController] })
class AppModule implements NestModule {
  configure(consumer: MiddlewareConsumer) {
    consumer.apply(RequestIdMiddleware).forRoutes('*');
  }
}

async function bootstrap() {
  const app = await NestFactory.create(AppModule);
  await app.listen(Number(process.env.PORT), '127.0.0.1');
}
void bootstrap();

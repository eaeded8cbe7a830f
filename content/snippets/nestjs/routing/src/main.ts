import { Controller, Get, Module, Param } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';

@Controller('hello')
class HelloController {
  @Get(':name')
  greet(@Param('name') name: string) {
    return { message: `Hello, ${name}` };
  }
}

@Module({ controllers: [HelloController] })
class AppModule {}

async function bootstrap() {
  const app = await NestFactory.create(AppModule);
  await app.listen(Number(process.env.PORT), '127.0.0.1');
}
void bootstrap();

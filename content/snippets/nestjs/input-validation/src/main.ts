import { BadRequestException, Body, Controller, Module, Post, ValidationPipe } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { IsInt, IsNotEmpty, IsString, Min } from 'class-validator';

class CreateUserDto {
  @IsString()
  @IsNotEmpty()
  name: string;

  @IsInt()
  @Min(0)
  age: number;
}

@Controller('users')
class UsersController {
  @Post()
  create(@Body() user: CreateUserDto) {
    return user;
  }
}

@Module({ controllers: [UsersController] })
class AppModule {}

async function bootstrap() {
  const app = await NestFactory.create(AppModule);
  app.useGlobalPipes(
    new ValidationPipe({
      // The default answer lists sentences ("age must not be less than 0"); key them by field.
      exceptionFactory: (errors) =>
        new BadRequestException({ errors: Object.fromEntries(errors.map((e) => [e.property, Object.values(e.constraints ?? {})])) }),
    }),
  );
  await app.listen(Number(process.env.PORT), '127.0.0.1');
}
void bootstrap();

import { Module } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { MessageBody, SubscribeMessage, WebSocketGateway } from '@nestjs/websockets';

@WebSocketGateway({ path: '/ws' })
class EchoGateway {
  @SubscribeMessage('message')
  echo(@MessageBody() text: string) {
    return { event: 'message', data: text };
  }
}

@Module({ providers: [EchoGateway] })
class AppModule {}

async function bootstrap() {
  const app = await NestFactory.create(AppModule);
  await app.listen(Number(process.env.PORT), '127.0.0.1');
}
void bootstrap();

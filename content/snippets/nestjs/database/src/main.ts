import { Body, Controller, Get, Module, NotFoundException, Param, ParseIntPipe, Post } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { InjectRepository, TypeOrmModule } from '@nestjs/typeorm';
import type { Repository } from 'typeorm';
import { options } from './data-source.js';
import { Note } from './note.entity.js';

@Controller('notes')
class NotesController {
  constructor(@InjectRepository(Note) private readonly notes: Repository<Note>) {}

  @Post()
  create(@Body() body: { text: string }) {
    return this.notes.save(this.notes.create({ text: body.text }));
  }

  @Get(':id')
  async findOne(@Param('id', ParseIntPipe) id: number) {
    const note = await this.notes.findOneBy({ id });
    if (!note) throw new NotFoundException();
    return note;
  }
}

// The table comes from the migration the start command runs, never from synchronize.
@Module({
  imports: [TypeOrmModule.forRoot({ ...options, synchronize: false }), TypeOrmModule.forFeature([Note])],
  controllers: [NotesController],
})
class AppModule {}

async function bootstrap() {
  const app = await NestFactory.create(AppModule);
  await app.listen(Number(process.env.PORT), '127.0.0.1');
}
void bootstrap();

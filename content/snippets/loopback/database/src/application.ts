import {inject} from '@loopback/core';
import {
  DefaultCrudRepository,
  Entity,
  juggler,
  model,
  property,
  repository,
  RepositoryMixin,
} from '@loopback/repository';
import {
  get,
  param,
  post,
  requestBody,
  Response,
  RestApplication,
  RestBindings,
} from '@loopback/rest';

@model()
export class Note extends Entity {
  @property({type: 'number', id: true, generated: true})
  id?: number;

  @property({type: 'string', required: true})
  text: string;
}

export class NoteRepository extends DefaultCrudRepository<Note, number> {
  constructor(@inject('datasources.db') db: juggler.DataSource) {
    super(Note, db);
  }
}

export class NoteController {
  constructor(
    @repository(NoteRepository) private notes: NoteRepository,
    @inject(RestBindings.Http.RESPONSE) private response: Response,
  ) {}

  @post('/notes')
  async create(@requestBody() body: {text: string}) {
    this.response.status(201);
    return this.notes.create({text: body.text});
  }

  // findById throws EntityNotFound, which LoopBack answers with 404.
  @get('/notes/{id}')
  async findById(@param.path.number('id') id: number) {
    return this.notes.findById(id);
  }
}

export class NotesApplication extends RepositoryMixin(RestApplication) {
  constructor() {
    super({rest: {host: '127.0.0.1', port: Number(process.env.PORT)}});
    this.dataSource(
      new juggler.DataSource({
        name: 'db',
        connector: require('loopback-connector-sqlite3'),
        file: process.env.DATABASE_PATH,
      }),
    );
    this.repository(NoteRepository);
    this.controller(NoteController);
  }
}

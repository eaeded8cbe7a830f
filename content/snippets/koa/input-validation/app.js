import Koa from 'koa';
import router from 'koa-joi-router';

const { Joi } = router;
const app = new Koa();
const users = router();

users.route({
  method: 'post',
  path: '/users',
  validate: {
    type: 'json',
    body: Joi.object({
      name: Joi.string().min(1).required(),
      age: Joi.number().integer().min(0).required(),
    }),
    validateOptions: { abortEarly: false },
  },
  handler: (ctx) => {
    ctx.status = 201;
    ctx.body = ctx.request.body;
  },
});

app.use(users.middleware());
app.listen(Number(process.env.PORT), '127.0.0.1');

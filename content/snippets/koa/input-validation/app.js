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
    // Answer with Joi's details (each names its field in path and context.key), not plain text.
    continueOnError: true,
  },
  handler: (ctx) => {
    if (ctx.invalid) {
      ctx.status = 400;
      ctx.body = { errors: ctx.invalid.body?.details ?? [ctx.invalid.type?.msg ?? 'invalid body'] };
      return;
    }
    ctx.status = 201;
    ctx.body = ctx.request.body;
  },
});

app.use(users.middleware());
app.listen(Number(process.env.PORT), '127.0.0.1');

import { H3, readValidatedBody, serve } from 'h3';
import { z } from 'zod';

const User = z.object({
  name: z.string().min(1),
  age: z.number().int().min(0),
});

const app = new H3();

app.post('/users', async (event) => {
  // Throws a 400 whose data.issues give each bad field's path.
  const user = await readValidatedBody(event, User);
  event.res.status = 201;
  return user;
});

serve(app, { hostname: '127.0.0.1', port: Number(process.env.PORT) });

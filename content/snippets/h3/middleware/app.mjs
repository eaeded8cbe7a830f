import { randomUUID } from 'node:crypto';
import { H3, serve } from 'h3';

const app = new H3();

// Global middleware runs before route matching, so 404s pass through it too.
app.use((event) => {
  const id = randomUUID();
  event.context.requestId = id;
  event.res.headers.set('X-Request-Id', id);
  // Error responses (such as the 404) are built from a separate header bag.
  event.res.errHeaders.set('X-Request-Id', id);
});

app.get('/', (event) => event.context.requestId);

serve(app, { hostname: '127.0.0.1', port: Number(process.env.PORT) });

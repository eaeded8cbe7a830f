import { z } from "zod";

const User = z.object({
  name: z.string().min(1),
  age: z.int().min(0),
});

Bun.serve({
  hostname: "127.0.0.1",
  port: Number(process.env.PORT),
  routes: {
    "/users": {
      POST: async (req) => {
        const result = User.safeParse(await req.json());
        if (!result.success) {
          return Response.json(z.flattenError(result.error), { status: 422 });
        }
        return Response.json(result.data, { status: 201 });
      },
    },
  },
});

import { z } from "zod";

const User = z.object({
  name: z.string().min(1),
  age: z.int().min(0),
});

Deno.serve({ hostname: "127.0.0.1", port: Number(Deno.env.get("PORT")) }, async (req) => {
  if (req.method !== "POST" || new URL(req.url).pathname !== "/users") {
    return new Response("Not Found", { status: 404 });
  }
  const result = User.safeParse(await req.json());
  if (!result.success) {
    return Response.json(z.flattenError(result.error), { status: 422 });
  }
  return Response.json(result.data, { status: 201 });
});

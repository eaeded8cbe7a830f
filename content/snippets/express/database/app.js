import express from 'express';
import { PrismaClient } from '@prisma/client';
import { PrismaLibSQL } from '@prisma/adapter-libsql';

const prisma = new PrismaClient({ adapter: new PrismaLibSQL({ url: process.env.DATABASE_URL }) });
const app = express();
app.use(express.json());

app.post('/notes', async (req, res) => {
  const note = await prisma.note.create({ data: { text: req.body.text } });
  res.status(201).json(note);
});

app.get('/notes/:id', async (req, res) => {
  const id = Number(req.params.id);
  const note = Number.isInteger(id) ? await prisma.note.findUnique({ where: { id } }) : null;
  if (!note) return res.status(404).json({ error: 'note not found' });
  res.json(note);
});

app.listen(Number(process.env.PORT), '127.0.0.1');

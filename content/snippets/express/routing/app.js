import express from 'express';

const app = express();

app.get('/hello/:name', (req, res) => {
  res.json({ message: `Hello, ${req.params.name}` });
});

app.listen(Number(process.env.PORT), '127.0.0.1');

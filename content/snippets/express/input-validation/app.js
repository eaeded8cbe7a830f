import express from 'express';
import { body, matchedData, validationResult } from 'express-validator';

const app = express();
app.use(express.json());

app.post(
  '/users',
  body('name').isString().notEmpty(),
  body('age').isInt({ min: 0 }).toInt(),
  (req, res) => {
    const result = validationResult(req);
    if (!result.isEmpty()) {
      return res.status(422).json({ errors: result.array() });
    }
    res.status(201).json(matchedData(req));
  },
);

app.listen(Number(process.env.PORT), '127.0.0.1');

import vine from '@vinejs/vine'

export const createUserValidator = vine.create({
  name: vine.string().minLength(1),
  age: vine.number().withoutDecimals().min(0),
})

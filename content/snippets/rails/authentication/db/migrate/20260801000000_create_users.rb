class CreateUsers < ActiveRecord::Migration[8.1]
  def change
    create_table :users do |t|
      t.string :name, null: false, index: { unique: true }
      t.string :password_digest, null: false
      t.timestamps
    end
  end
end

# bin/rails db:prepare runs this once, when it creates the database.
User.find_or_create_by!(name: "ada") { |user| user.password = "lovelace" }

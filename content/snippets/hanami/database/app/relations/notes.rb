# frozen_string_literal: true

module Atlas
  module Relations
    class Notes < Atlas::DB::Relation
      schema :notes, infer: true # columns read from the migrated table
    end
  end
end

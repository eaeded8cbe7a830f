# frozen_string_literal: true

module Atlas
  module Repos
    class NoteRepo < Atlas::DB::Repo
      def create(attributes)
        notes.changeset(:create, attributes).commit
      end

      def get(id)
        notes.by_pk(id).one
      end
    end
  end
end

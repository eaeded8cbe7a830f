class NotesController < ApplicationController
  def create
    note = Note.create!(text: params.expect(:text))
    render json: note, status: :created
  end

  def show
    # A missing id raises ActiveRecord::RecordNotFound, which Rails answers with 404.
    render json: Note.find(params[:id])
  end
end

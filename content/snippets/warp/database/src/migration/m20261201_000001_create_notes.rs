use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(Table::create().table(Notes::Table).col(pk_auto(Notes::Id)).col(string(Notes::Text)).to_owned())
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager.drop_table(Table::drop().table(Notes::Table).to_owned()).await
    }
}

#[derive(DeriveIden)]
enum Notes {
    Table,
    Id,
    Text,
}

databaseChangeLog = {

    changeSet(author: 'atlas', id: 'create-note') {
        createTable(tableName: 'note') {
            column(name: 'id', type: 'INTEGER', autoIncrement: true) {
                constraints(primaryKey: true, nullable: false)
            }
            column(name: 'text', type: 'VARCHAR(255)') {
                constraints(nullable: false)
            }
        }
    }
}

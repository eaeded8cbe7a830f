module snippet

go 1.26

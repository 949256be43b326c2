package extraction

func (d *doc) findEvents()    {}
func (d *doc) findFigures()   {}
func (d *doc) findRelations() {}

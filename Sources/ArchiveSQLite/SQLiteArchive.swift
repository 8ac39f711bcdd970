import Archive

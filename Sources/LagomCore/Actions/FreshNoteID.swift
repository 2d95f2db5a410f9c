extension Session {
    /// A short note id not yet used in this session: five characters are easy to type on
    /// the command line and leave 28 million ids, so a retry is rare.
    public func freshNoteID(_ ids: inout any IDSource) -> NoteID {
        while true {
            let id = NoteID(ids.next(length: 5))
            if state.note(id) == nil { return id }
        }
    }
}

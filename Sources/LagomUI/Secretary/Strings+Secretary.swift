import LagomCore

/// The secretary pane's strings, Swedish and English.
enum SecretaryStrings {
    static func header(_ group: Int) -> Localized {
        Localized(.secHeader, ["group": group])
    }
    static let waiting = Localized(.secWaiting)
    static let waitingWhy = Localized(.secWaitingWhy)
    static let noStep = Localized(.secNoStep)
    static func now(_ title: String) -> Localized { Localized(.secNow, ["title": title]) }
    static func notInStep(_ group: Int, groups: Int) -> Localized {
        Localized(.secNotInStep, ["groups": groups, "group": group])
    }
    static let newNote = Localized(.secNewNote)
    /// "Ändrar lappen "Humor / bra klimat"": the note named by its text, never by its id.
    static func editing(_ text: String) -> Localized {
        Localized(.secEditingNote, ["note": ScreenMessages.quoted(text)])
    }
    static let list = Localized(.secList)
    static func groupNotes(_ n: Int) -> Localized {
        Localized(.secGroupNotes, ["n": n])
    }
    static let noNotesYet = Localized(.secNoNotesYet)
    static let saved = Localized(.secSaved)
    static func savedMany(_ n: Int) -> Localized {
        Localized(.secSavedMany, ["n": n])
    }
    static let edited = Localized(.secEdited)
    static let deleted = Localized(.secDeleted)
    static let empty = Localized(.secEmpty)
    static let nothingSelected = Localized(.secNothingSelected)
    static func tooLong(_ n: Int, _ limit: Int) -> Localized {
        Localized(.secTooLong, ["n": n, "limit": limit])
    }
    static let pasteOnePerLine = Localized(.secPasteOnePerLine)
    static let pasteAsOne = Localized(.secPasteAsOne)
    static let silent = Localized(.secSilent)
    static let revealed = Localized(.secRevealed)
    static let markedDone = Localized(.secMarkedDone)
    static let notDoneYet = Localized(.secNotDoneYet)
    /// The turn's clock as the group reads it: what is left, paused, or how far over.
    static func speakingNow(_ clock: String?, paused: Bool, over: Bool) -> Localized {
        guard let clock else { return Localized(paused ? .secYouHaveTheWordPaused : .secYouHaveTheWord) }
        let time =
            over
            ? Localized(.secTurnOverTime, ["over": String(clock.dropFirst())])
            : Localized(.secTurnLeft, ["left": clock])
        return paused
            ? Localized(.secYouHaveTheWordTimedPaused, ["time": time])
            : Localized(.secYouHaveTheWordTimed, ["time": time])
    }
    static func listen(_ group: Int) -> Localized {
        Localized(.secListenGroup, ["group": group])
    }
    static let relayNotStarted = Localized(.secRelayNotStarted)
    static let relayEnded = Localized(.secRelayEnded)
    // What the other groups said on a vattentrappa, below the group's own notes
    static func othersSaid(_ n: Int) -> Localized {
        Localized(.secOthersSaid, ["n": n])
    }
    static func otherNote(group: Int?) -> Localized {
        guard let group else { return Localized(.secOtherNoteByFacilitator) }
        return Localized(.secOtherNoteByGroup, ["group": group])
    }
    static func similar(group: Int?, _ text: String) -> Localized {
        guard let group else {
            return Localized(.secSimilar, ["text": text])
        }
        return Localized(.secSimilarToGroup, ["group": group, "text": text])
    }
    static let roles = Localized(.secRoles)
    static let saving = Localized(.secSaving)

    // Notes that hang under a note of an earlier list (resources under a demand)
    static func parentLine(_ list: String, _ position: Int, of count: Int, _ text: String) -> Localized {
        Localized(.secUnderParent, ["list": list, "position": position, "count": count, "text": text])
    }
    static func parentNone(_ list: String) -> Localized {
        Localized(.secNoParentYet, ["list": list])
    }
    static func parentOther(_ list: String, _ text: String) -> Localized {
        Localized(.secUnderParentOnly, ["list": list, "text": text])
    }
    static let withoutParent = Localized(.secWithoutParent)
    static func movedUnder(_ text: String) -> Localized {
        Localized(.secMovedUnder, ["text": text])
    }

    // Quitting and drafts
    static let confirmQuit = Localized(.secUnsavedOnQuit)
    static let draftRestored = Localized(.secDraftBack)
    static func draftWaiting(_ text: String, step: String?) -> Localized {
        guard let step else { return Localized(.secDraftWaits, ["text": text]) }
        return Localized(.draftWaitsForStep, ["step": step, "text": text])
    }
    static let nothingToWriteIn = Localized(.secNothingToWriteIn)

    // A note removed while it was being edited
    static let editedNoteRemoved = Localized(.secEditedNoteRemoved)
    static let removedTitle = Localized(.secRemovedNoteSavedAsNew)

    // A paste with a line that cannot be saved
    static func pasteKept(line: Int) -> Localized {
        Localized(.secPasteLineRefused, ["line": line])
    }
    static let pastedLines = Localized(.secPasteTitle)
    static let draftBackInItsStep = Localized(.draftBackInItsStep)
    static func draftElsewhere(_ step: String) -> Localized { Localized(.draftWaitsInItsStep, ["step": step]) }
    static func draftBrought(_ step: String) -> Localized { Localized(.draftBrought, ["step": step]) }
    static let noDraftElsewhere = Localized(.noDraftElsewhere)
    static let saveBeforeBringing = Localized(.saveBeforeBringingDraft)
}

import Testing

@testable import LagomUI

@Suite struct ListSelectionTests {
    @Test func upFromTheInputLineSelectsTheLastAndDownPastTheLastReturnsToIt() {
        let ids = ["a", "b", "c"]
        #expect(ListSelection.moved(nil, in: ids, up: true) == "c")
        #expect(ListSelection.moved("c", in: ids, up: false) == nil)
        #expect(ListSelection.moved(nil, in: ids, up: false) == nil)
    }

    @Test func upStopsAtTheFirstAndAVanishedSelectionCountsAsTheInputLine() {
        let ids = ["a", "b"]
        #expect(ListSelection.moved("a", in: ids, up: true) == "a")
        #expect(ListSelection.moved("b", in: ids, up: true) == "a")
        #expect(ListSelection.moved("gone", in: ids, up: true) == "b")
        #expect(ListSelection.moved("a", in: [String](), up: true) == nil)
    }
}

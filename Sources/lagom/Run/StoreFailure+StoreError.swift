import Glibc
import LagomStore
import LagomUI

extension StoreFailure {
    /// Which of the failures a screen explains in words this store error is.
    init(_ error: StoreError) {
        switch error {
        case .diskFull: self = .diskFull
        case .io(_, _, let code) where code == EROFS || code == EACCES || code == EPERM: self = .readOnly
        case .damagedLog: self = .logChanged
        default: self = .other
        }
    }
}

extension Outcome {
    /// A store error for a screen's message line: said in words, then the file and the detail.
    static func failed(_ error: StoreError) -> Outcome { .storeFailed(StoreFailure(error), detail: error.description) }
}

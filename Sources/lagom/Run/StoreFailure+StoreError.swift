import Glibc
import LagomStore
import LagomUI

extension StoreFailure {
    /// Which of the failures a screen explains in words this store error is.
    init(_ error: StoreError) {
        switch error {
        case .diskFull, .io(_, _, EDQUOT): self = .diskFull
        case .io(_, _, let code) where code == EROFS || code == EACCES || code == EPERM: self = .readOnly
        case .readOnly: self = .readOnly
        case .damagedLog: self = .logChanged
        default: self = .other
        }
    }
}
